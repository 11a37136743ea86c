/**
 * The dataset store: a canonical dataset folder read ({@link org.setsafe.store.DatasetReader}) and
 * written ({@link org.setsafe.store.DatasetWriter}), switched from one version to the next so that
 * no reader takes a mix of two ({@link org.setsafe.store.DatasetSwitch}).
 */
package org.setsafe.store;
