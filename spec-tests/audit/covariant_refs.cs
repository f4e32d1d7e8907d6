// Writable references into covariant arrays (a string[] seen as object[]) are checked: ref to
// an element of a multi-dimensional array, Span and Memory over the array, AsSpan/AsMemory;
// read-only views (ReadOnlySpan, ReadOnlyMemory, `in` arguments) and exact arrays are not.
using System;

class Program
{
    static void Set(ref object o) => o = 1;
    static int Read(in object o) => o == null ? 0 : 1;
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name); }
    }
    static void Main()
    {
        object[] oa = new string[] { "s" };
        object[,] ma = new string[1, 1];
        Try("md ref", () => Set(ref ma[0, 0]));
        Try("md in", () => Read(in ma[0, 0]));
        Try("sz in", () => Read(in oa[0]));
        Try("memory", () => { var m = new Memory<object>(oa); });
        Try("memory slice", () => { var m = new Memory<object>(oa, 0, 1); });
        Try("readonly memory", () => { var m = new ReadOnlyMemory<object>(oa); });
        Try("AsSpan", () => { var s = oa.AsSpan(); });
        Try("AsSpan slice", () => { var s = oa.AsSpan(0, 1); });
        Try("AsMemory", () => { var s = oa.AsMemory(); });
        Try("span empty", () => { var s = new Span<object>(new string[0]); });
        Try("span null", () => { var s = new Span<object>(null); });
        Try("span exact", () => { var s = new Span<object>(new object[1]); s[0] = 3; });
        Try("span bad range", () => { var s = new Span<object>(oa, 2, 1); });
        object[,] exact = new object[1, 1];
        Try("md exact", () => Set(ref exact[0, 0]));
        Console.WriteLine(exact[0, 0]);
    }
}
