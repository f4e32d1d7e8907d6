// minimal: new int[int.MaxValue] (longer than Array.MaxLength) throws OutOfMemoryException
// "Array dimensions exceeded supported range."
int n = int.MaxValue;
try { Console.WriteLine(new int[n].Length); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
Console.WriteLine("after");
