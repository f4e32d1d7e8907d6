// minimal: an exception that escapes a filter (counted as false) still runs the finally blocks
// between its throw point and the filter
try { throw new Exception("x"); }
catch (Exception) when (F()) { Console.WriteLine("WRONG"); }
catch (Exception e) { Console.WriteLine("caught " + e.Message); }
static bool F()
{
    try { throw new InvalidOperationException("in filter"); }
    finally { Console.WriteLine("finally in filter callee"); }
}
