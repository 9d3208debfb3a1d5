/**
 * Document text and its pieces: spans with the project's single offset convention, tokens,
 * sentences with their optional dependency graph, the boilerplate cleaner and the segmenter that
 * decides which stretches of a document are sentence material. Nothing here loads a model.
 */
package org.armsledger.text;
