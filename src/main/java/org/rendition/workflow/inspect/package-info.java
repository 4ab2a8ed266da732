/** Triage: what each file of a folder is (format, languages, sentences, scanned, encrypted, damaged) before translation. */
package org.rendition.workflow.inspect;
