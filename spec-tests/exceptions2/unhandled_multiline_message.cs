// an unhandled exception with a multi-line message and an AggregateException wrapper
Console.WriteLine("start");
throw new AggregateException("outer line1\nline2", new Exception("inner a"), new ArgumentException("inner b", "p"));
