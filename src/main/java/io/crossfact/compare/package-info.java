/** Cross-article comparison of assertions within one blocking group, producing findings with evidence. */
package io.crossfact.compare;
