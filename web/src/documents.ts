/**
 * The source documents the data takes agreements from, for the source filter and citations.
 * The names are SourceRef.document values; the API's Document type (#12) will carry titles.
 */
export const DOCUMENTS = [
  {
    file: '004_e59d51f378d5a747.txt',
    ja: 'CLAIR 特定分野における提携・協定等に関する調査結果（2012）',
    en: 'CLAIR survey of field-specific agreements (2012)',
  },
  { file: '000_d45dbe772e49bc07.txt', ja: '総務省 日露自治体交流', en: 'MIC article, Japan–Russia exchanges' },
  { file: '001_7f6715413a7af0cd.txt', ja: '日露自治体交流 特集', en: 'Japan–Russia special feature' },
  { file: '002_882fd2e0946ac260.txt', ja: '道北 ロシア交流事業', en: 'Dōhoku–Russia exchange projects' },
  { file: '003_0c90d4750b6046d5.txt', ja: '総務省 国内交流パンフレット', en: 'MIC pamphlet, domestic exchange' },
] as const;

/** The CLAIR survey, whose summary tables the survey page shows. */
export const SURVEY_DOCUMENT = DOCUMENTS[0].file;
