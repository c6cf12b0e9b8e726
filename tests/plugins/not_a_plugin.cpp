// A shared library without realist_plugin_info: skipped with a message.
extern "C" int something_else() { return 42; }
