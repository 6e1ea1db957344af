/** Plain data that flows between stages: articles, assertions, findings. Serializable Java beans so Spark can encode them. */
package io.crossfact.model;
