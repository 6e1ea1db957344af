/** The nightly job's state folder: lock, manifest (the one commit point), staging and the findings history. */
package io.crossfact.state;
