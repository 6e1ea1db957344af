/**
 * Stories: independent reports of one real-world event grouped together, from what each report names (people,
 * organisations, places), its key terms and its dates. Pure Java; {@code spark.StoryStage} runs it at scale.
 */
package io.crossfact.story;
