// an exception escaping a filter's callee through finally blocks: the filter counts as false, its
// exception is swallowed, and the finally blocks between its throw point and the filter run; also
// when the throwing filter is itself evaluated inside another filter
Console.WriteLine("1. filter whose callee throws through a finally");
try
{
    try { throw new ArgumentException("A2"); }
    catch (ArgumentException) when (ThrowThroughFinally()) { Console.WriteLine("WRONG"); }
    finally { Log("finally after false filter"); }
}
catch (NotSupportedException) { Console.WriteLine("WRONG: filter exception escaped"); }
catch (ArgumentException e) { Console.WriteLine("outer caught " + e.Message); }

Console.WriteLine("2. filter containing a nested throwing filter");
try { throw new ArgumentException("A3"); }
catch (ArgumentException e) when (!NestedThrowingFilter()) { Console.WriteLine("caught " + e.Message); }

static void Log(string s) => Console.WriteLine("  " + s);
static bool ThrowThroughFinally()
{
    try { throw new NotSupportedException("from filter callee"); }
    finally { Log("finally inside throwing filter callee"); }
}
static bool NestedThrowingFilter()
{
    try { throw new Exception("inner"); }
    catch (Exception) when (ThrowThroughFinally()) { Log("WRONG nested"); return true; }
    catch (NotSupportedException) { Log("WRONG: filter's exception caught"); return true; }
    catch (Exception e) { Log("nested fallback caught " + e.Message); return false; }
}
