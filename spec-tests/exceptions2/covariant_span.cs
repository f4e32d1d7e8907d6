// minimal: creating a Span<object> over a string[] seen as object[] throws
// ArrayTypeMismatchException (ReadOnlySpan does not)
object[] a = new string[1];
try { Span<object> sp = a; Console.WriteLine("WRONG: " + sp.Length); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
ReadOnlySpan<object> ro = a;
Console.WriteLine("readonly ok " + ro.Length);
