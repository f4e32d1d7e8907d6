// Cast edges of variance and array covariance: variant interfaces seen through arrays and
// nested type arguments, array element types that are (int/uint, enum/int) and are not
// (bool/byte, char/ushort, int/nint) interchangeable, and arrays as generic collections.
using System;
using System.Collections.Generic;

enum E { A = 1 }

class Program
{
    static void Main()
    {
        object a1 = new IEnumerable<string>[0];
        Console.WriteLine("iface array: " + (a1 is IEnumerable<object>[]));
        Console.WriteLine("assignable: " + typeof(IEnumerable<object>).IsAssignableFrom(typeof(IEnumerable<string>)));
        object nested = new List<IEnumerable<string>>();
        Console.WriteLine("nested: " + (nested is IEnumerable<IEnumerable<object>>));
        object fa = new Func<string>[1];
        Console.WriteLine("func array: " + (fa is Func<object>[]));
        object ba = new bool[1], ca = new char[1], ia = new int[1], ea = new E[1];
        Console.WriteLine("bool/byte: " + (ba is byte[]) + " " + (ba is sbyte[]));
        Console.WriteLine("char/ushort: " + (ca is ushort[]) + " " + (ca is short[]));
        Console.WriteLine("int/uint: " + (ia is uint[]) + " int/nint: " + (ia is nint[]) + " int/E: " + (ia is E[]) + " E/uint: " + (ea is uint[]));
        Console.WriteLine("int[] as generic: " + (ia is IList<uint>) + " " + (ia is IReadOnlyCollection<E>) + " " + (ia is IEnumerable<object>) + " " + (ia is IList<long>));
        object sa = new string[] { "x" };
        Console.WriteLine("string[] as generic: " + (sa is IList<IComparable>) + " " + (sa is ICollection<IEnumerable<char>>) + " " + (sa is IList<int>));
        object ja = new string[][] { new[] { "a" } };
        Console.WriteLine("jagged: " + (ja is object[][]) + " " + (ja is IList<object[]>) + " " + (ja is IEnumerable<IEnumerable<object>>));
        object[][] jo = (object[][])ja;
        try { ref object[] r = ref jo[0]; Console.WriteLine("ref jagged: no exception"); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ref jagged: ArrayTypeMismatchException"); }
        object[] exact = new object[1];
        ref object ro = ref exact[0];
        ro = "ok";
        Console.WriteLine("exact: " + exact[0]);
        IList<IComparable> lc = (IList<IComparable>)sa;
        Console.WriteLine("call: " + lc.Count + " " + lc[0] + " " + lc.IndexOf("x"));
    }
}
