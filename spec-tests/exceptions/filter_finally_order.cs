// two-pass exception handling: filters run (outermost included) before any finally; a filter
// that throws counts as false; when clauses; rethrow keeps the same object; throw in finally
// replaces the exception; nested try in catch
static bool Log(string s, bool r = true) { Console.WriteLine("  filter " + s); return r; }
try
{
    try
    {
        try { throw new InvalidOperationException("deep"); }
        finally { Console.WriteLine("  finally 1"); }
    }
    catch (ArgumentException) when (Log("arg")) { Console.WriteLine("WRONG"); }
    catch (InvalidOperationException e) when (Log("ioe false", false)) { Console.WriteLine("WRONG " + e.Message); }
    finally { Console.WriteLine("  finally 2"); }
}
catch (Exception e) when (Log("outer " + e.Message)) { Console.WriteLine("caught outer " + e.Message); }
Console.WriteLine("-- throwing filter");
try
{
    try { throw new Exception("x"); }
    catch (Exception) when (ThrowInFilter()) { Console.WriteLine("WRONG"); }
}
catch (Exception e) { Console.WriteLine("outer got " + e.Message + " " + e.GetType().Name); }
static bool ThrowInFilter() { Console.WriteLine("  in filter"); throw new NotSupportedException("filter boom"); }
Console.WriteLine("-- rethrow");
Exception? first = null;
try
{
    try { throw new ApplicationException("orig"); }
    catch (Exception e) { first = e; throw; }
}
catch (Exception e) { Console.WriteLine(ReferenceEquals(e, first) + " " + e.Message); }
Console.WriteLine("-- throw in finally");
try
{
    try { throw new Exception("lost"); }
    finally { throw new FormatException("replacement"); }
}
catch (Exception e) { Console.WriteLine(e.GetType().Name + " " + e.Message); }
Console.WriteLine("-- nested in catch");
try { throw new Exception("a"); }
catch (Exception ea)
{
    try { throw new Exception("b", ea); }
    catch (Exception eb) { Console.WriteLine(eb.Message + " inner=" + eb.InnerException!.Message); }
    finally { Console.WriteLine("  inner finally"); }
}
int[] codes = { 1, 2, 3 };
foreach (var code in codes)
{
    try { throw new HttpLike(code); }
    catch (HttpLike h) when (h.Code == 2) { Console.WriteLine("two"); }
    catch (HttpLike h) when (h.Code > 2) { Console.WriteLine("big " + h.Code); }
    catch (HttpLike h) { Console.WriteLine("other " + h.Code); }
}
class HttpLike(int code) : Exception("code " + code) { public int Code => code; }
