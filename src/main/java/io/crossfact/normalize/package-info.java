/** Normalization of text, numbers and names so equal assertions compare equal across articles. */
package io.crossfact.normalize;
