/** The CLAIR survey (SourceRef.document), whose summary tables the survey page shows; titles come from the API's `documents`. */
export const SURVEY_DOCUMENT = '004_e59d51f378d5a747.txt';
