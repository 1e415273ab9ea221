/** The Capstan release; a unit test keeps it equal to package.json. */
export const APP_VERSION = '0.1.0'
