/** The only package that imports Spark: each stage a named static Dataset-to-Dataset function. */
package io.crossfact.spark;
