// minimal: lock on a null reference throws ArgumentNullException (Monitor.Enter(null))
object? o = null;
try { lock (o!) { Console.WriteLine("WRONG: inside lock"); } }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
try { Monitor.Enter(o!); Console.WriteLine("WRONG: entered"); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
