// A T[] implements IList<U>/ICollection<U>/IReadOnlyList<U> for reference-compatible U
// (string[] as IList<object>) and for same-size primitives (int[] as IList<uint>).
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        object sa = new string[] { "x", "y" };
        object ia = new int[] { -1 };
        Console.WriteLine(sa is IList<object>);
        Console.WriteLine(sa is ICollection<object>);
        Console.WriteLine(sa is IReadOnlyList<object>);
        Console.WriteLine(ia is IList<uint>);
        IList<object> lo = (IList<object>)sa;
        Console.WriteLine(lo.Count + " " + lo[1]);
    }
}
