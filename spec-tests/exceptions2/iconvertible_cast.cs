// minimal: System.IConvertible exists; boxed primitives implement it, arrays do not
object five = 5;
object arr = new object[0];
Console.WriteLine(five is IConvertible);
Console.WriteLine(arr is IConvertible);
try { Console.WriteLine(((IConvertible)arr).ToInt32(null)); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
