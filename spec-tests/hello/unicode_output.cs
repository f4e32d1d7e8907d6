// Non-ASCII text is written to stdout as UTF-8.
Console.WriteLine("café naïve résumé");
Console.WriteLine("Ελληνικά Русский 日本語 한국어");
Console.WriteLine("emoji: \U0001F600 length " + "\U0001F600".Length);
Console.WriteLine("tab:\t|cr-free newline follows");
Console.WriteLine("escapes: \u00e9 \x41 \\ \" '");
Console.WriteLine('\u03A9');
Console.WriteLine((int)'\u03A9');
