/** The database file inside a data folder. */
export const DB_FILE_NAME = 'capstan.sqlite'
