import type { IStylesOptions } from 'docx'

/** Paper sizes in twentieths of a point, with 25 mm margins. */
export const PAGE = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
} as const
/** Page margin (25 mm). */
export const MARGIN = 1418
/** Usable text width per paper size. */
export const textWidth = (paper: keyof typeof PAGE) => PAGE[paper].width - 2 * MARGIN

/** Fonts every office suite has or maps metric-compatibly (LibreOffice: Liberation Sans). */
export const FONT = 'Arial'
/** Dark navy used for titles and headings. */
export const INK = '1F3864'
/** The marking colour in headers and footers. */
export const MARKING = '9C0006'

// A real Word table style, so an editor can restyle every table at once.
const TABLE_STYLE = `<w:style w:type="table" w:styleId="CapstanTable"><w:name w:val="Capstan Table"/><w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="8C96A8"/><w:left w:val="single" w:sz="4" w:space="0" w:color="8C96A8"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="8C96A8"/><w:right w:val="single" w:sz="4" w:space="0" w:color="8C96A8"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="8C96A8"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="8C96A8"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="${INK}"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE3EE"/></w:tcPr></w:tblStylePr></w:style>`

/** Title, Heading 1–3, Caption and the table style. */
export function documentStyles(): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: INK },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  })
  return {
    default: {
      document: {
        run: { font: FONT, size: 21 },
        paragraph: { spacing: { after: 120, line: 276, lineRule: 'auto' } },
      },
      title: {
        run: { font: FONT, size: 48, bold: true, color: INK },
        paragraph: { spacing: { after: 240, line: 240, lineRule: 'auto' } },
      },
      heading1: heading(32, 360),
      heading2: heading(26, 280),
      heading3: heading(22, 200),
      caption: {
        run: { font: FONT, size: 18, italics: true, color: '44546A' },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: 'Lead',
        name: 'Lead',
        basedOn: 'Normal',
        run: { size: 24, color: '333F50' },
        paragraph: { spacing: { after: 200 } },
      },
      {
        id: 'Note',
        name: 'Note',
        basedOn: 'Normal',
        run: { size: 18, italics: true, color: '595959' },
      },
      {
        id: 'Marking',
        name: 'Classification marking',
        basedOn: 'Normal',
        run: { size: 18, bold: true, color: MARKING, allCaps: true },
        paragraph: { alignment: 'center', spacing: { after: 0 } },
      },
      {
        id: 'FooterText',
        name: 'Footer text',
        basedOn: 'Normal',
        run: { size: 16, color: '595959' },
        paragraph: { alignment: 'center', spacing: { after: 0 } },
      },
    ],
  }
}

/**
 * Passed as the document's external styles: docx then merges its default styles (Normal, Title,
 * Heading 1–3, Caption …, with the overrides above) with this table style.
 */
export const EXTERNAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${TABLE_STYLE}</w:styles>`
