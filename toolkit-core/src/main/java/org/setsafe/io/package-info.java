/**
 * Shared I/O plumbing, used by reading, the dataset store and the report alike: outputs staged in a
 * work folder and switched into place ({@link org.setsafe.io.StagedFiles}), setsafe's temporary
 * files ({@link org.setsafe.io.TempFiles}), items handed between two threads ({@link
 * org.setsafe.io.Pipe}), an unsynchronised character buffer ({@link org.setsafe.io.UnsyncWriter}),
 * how large a run's inputs are, with every size threshold that changes how setsafe works ({@link
 * org.setsafe.io.InputSize}), and the named moments of a run that the interrupt tests stop at
 * ({@link org.setsafe.io.Moments}). It knows nothing of incidents.
 */
package org.setsafe.io;
