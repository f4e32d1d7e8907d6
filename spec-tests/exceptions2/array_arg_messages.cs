// minimal: argument validation messages of Array.CreateInstance and ArraySegment
try { Array.CreateInstance(typeof(int), -2); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
try { Console.WriteLine(new ArraySegment<int>(new int[3], 2, 2).Count); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
