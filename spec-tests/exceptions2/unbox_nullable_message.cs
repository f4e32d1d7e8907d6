// minimal: the InvalidCastException message for unboxing an int as long? names Nullable`1
object boxed = 42;
try { Console.WriteLine((long?)boxed); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
