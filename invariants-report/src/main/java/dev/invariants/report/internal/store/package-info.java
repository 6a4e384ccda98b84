/**
 * The report directory one build's JVMs share: its layout, atomic writes, the merge lock, which parts belong
 * to this build ({@link BuildId}), and which JVMs of the build still run or died ({@link PartLiveness}).
 * Imports the model, the writers and the merge. Not API.
 */
package dev.invariants.report.internal.store;
