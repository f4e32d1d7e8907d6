// minimal: new byte[int.MaxValue] (longer than Array.MaxLength) throws OutOfMemoryException
// "Array dimensions exceeded supported range."; the program keeps running normally afterwards
int n = int.MaxValue;
try { Console.WriteLine(new byte[n].Length); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
Console.WriteLine("after");
