package org.setsafe.cli;

/**
 * Process-wide settings that keep library chatter (POI's logging API, AWT) off the user's terminal.
 */
final class Quiet {
  private Quiet() {}

  static void init() {
    setIfAbsent("java.awt.headless", "true");
    setIfAbsent(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("log4j2.simplelogLevel", "OFF");
    setIfAbsent("log4j2.statusLoggerLevel", "OFF");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
