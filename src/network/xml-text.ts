/**
 * Text as XML 1.0 admits it. Its Char production allows tab, line feed, carriage return,
 * U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF; one other character (a C0 control such
 * as U+0001, a lone surrogate, U+FFFE or U+FFFF) makes the file not well-formed, and a
 * conforming parser (expat in NetworkX, libxml2 in Gephi's and Cytoscape's readers) stops at it.
 *
 * Each such character is written as U+FFFD, the replacement character, not dropped: the reader
 * still sees that something stood there, two words around a control character are not joined
 * into one ("a\u0001b" is "a\uFFFDb", not "ab"), and a lone surrogate becomes what
 * String.prototype.toWellFormed and every UTF-8 encoder make of it anyway.
 */

// With the u flag a surrogate pair is one code point, so [\uD800-\uDFFF] matches only lone surrogates.
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** `text` with every character XML 1.0 forbids replaced by U+FFFD; used for every name, value and id the GEXF and GraphML writers write. */
export const xmlText = (text: string): string => text.replace(FORBIDDEN_IN_XML, '\uFFFD');
