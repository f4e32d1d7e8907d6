// ValueTuple and Tuple implement IStructuralEquatable and IStructuralComparable (element-wise with
// a caller's comparer). dotnode's corelib tuples do not implement them yet.
using System;
using System.Collections;

class Program
{
    static void Main()
    {
        object t = (1, "x");
        Console.WriteLine(t is IStructuralEquatable);
        Console.WriteLine(t is IStructuralComparable);
        Console.WriteLine(Tuple.Create(1) is IStructuralEquatable);
        if (t is IStructuralEquatable se) Console.WriteLine(se.Equals((1, "X"), StringComparer.OrdinalIgnoreCase));
    }
}
