// Taking a writable ref to an element of a covariant array (string[] seen as object[]) throws
// ArrayTypeMismatchException (ldelema's type check); so does new Span<object>(string[]).
using System;

class Program
{
    static void Set(ref object o) => o = 42;
    static void Main()
    {
        object[] oa = new string[] { "s" };
        try { Set(ref oa[0]); Console.WriteLine("no exception: " + oa[0].GetType().Name); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException"); }
        try { var sp = new Span<object>(oa); Console.WriteLine("span " + sp.Length); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException"); }
        ReadOnlySpan<object> ro = oa;
        Console.WriteLine("readonly span " + ro.Length);
    }
}
