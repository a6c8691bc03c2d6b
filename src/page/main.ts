// Content script entry (foundation version): marks its start so tests and benches can time it.
performance.mark('newsmark:start');
