/** Writers for the contract files: CSV, run.json and the self-contained HTML report. */
package io.crossfact.report;
