// Type and message of exceptions raised by the runtime and base library.
using System;
using System.Collections.Generic;

class Program
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": no exception"); }
        catch (Exception e) { Console.WriteLine($"{label}: {e.GetType().FullName}: {e.Message}"); }
    }

    static void Main()
    {
        int[] arr = new int[3];
        var list = new List<int> { 1, 2 };
        var dict = new Dictionary<string, int> { ["a"] = 1 };
        object o = "string";
        Try("array index", () => arr[3] = 1);
        Try("array negative size", () => { var a = new int[-1 + arr.Length - 3]; });
        Try("list index", () => Console.WriteLine(list[2]));
        Try("list insert", () => list.Insert(5, 0));
        Try("dict missing key", () => Console.WriteLine(dict["zz"]));
        Try("dict duplicate", () => dict.Add("a", 2));
        Try("dict null key", () => dict[null!] = 1);
        Try("invalid cast", () => Console.WriteLine((Uri)o));
        Try("empty sequence Max", () => new List<int>().Max());
        Try("First on empty", () => Array.Empty<string>().First());
        Try("Single on many", () => new[] { 1, 2 }.Single());
        Try("modified during enumeration", () => { foreach (var x in list) list.Add(x); });
        Try("Queue empty", () => new Queue<int>().Dequeue());
        Try("Stack empty", () => new Stack<int>().Pop());
        Try("ThrowIfNull", () => ArgumentNullException.ThrowIfNull((object?)null, "thing"));
        Try("ThrowIfNegative", () => ArgumentOutOfRangeException.ThrowIfNegative(-5, "count"));
        Try("NotImplemented", () => throw new NotImplementedException());
        Try("NotSupported", () => throw new NotSupportedException());
        Try("ObjectDisposed", () => { var ms = new System.IO.MemoryStream(); ms.Dispose(); ms.WriteByte(1); });
        Try("Enum.Parse", () => Enum.Parse<DayOfWeek>("Funday"));
        Try("Array.Copy", () => Array.Copy(arr, list.ToArray(), 3));
        Try("Nullable.Value", () => { int? n = null; Console.WriteLine(n.Value); });
        Try("Span slice", () => new Span<int>(arr).Slice(2, 5));
        Try("Convert", () => Convert.ToInt32("x1"));
        Try("Guid.Parse", () => Guid.Parse("not-a-guid"));
        Try("ReadOnly list", () => ((IList<int>)Array.AsReadOnly(arr)).Add(1));
        Try("fixed array Add", () => ((IList<int>)arr).Add(1));
    }
}
