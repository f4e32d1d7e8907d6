// Boxed structs and enums in collections of object; Equals/GetHashCode of boxed structs;
// calling interface methods on boxed values mutates the box.
using System;
using System.Collections.Generic;

interface IBump { void Bump(); int Get(); }
struct Cell : IBump { public int N; public void Bump() => N++; public int Get() => N; }

enum Color : byte { Red = 1, Green = 2, Blue = 4 }

struct P { public int X; public int Y; }

class Program
{
    static void Main()
    {
        object box = new Cell();
        ((IBump)box).Bump();
        ((IBump)box).Bump();
        Console.WriteLine(((Cell)box).N);
        Cell copy = (Cell)box;
        copy.Bump();
        Console.WriteLine(((Cell)box).N + " " + copy.N);
        object c = Color.Green;
        Console.WriteLine(c + " " + (byte)(Color)c + " " + c.GetType().BaseType + " " + Enum.GetUnderlyingType(c.GetType()).Name);
        Console.WriteLine(c.Equals(Color.Green) + " " + c.Equals((byte)2) + " " + c.Equals(2));
        object p1 = new P { X = 1, Y = 2 }, p2 = new P { X = 1, Y = 2 }, p3 = new P { X = 2, Y = 1 };
        Console.WriteLine(p1.Equals(p2) + " " + p1.Equals(p3) + " " + (p1.GetHashCode() == p2.GetHashCode()));
        var dict = new Dictionary<object, string> { [1] = "int one", [1L] = "long one", ["1"] = "string one", [Color.Red] = "red" };
        Console.WriteLine(dict.Count + " " + dict[1] + " " + dict[1L] + " " + dict[Color.Red]);
        var objs = new List<object> { 1, 1.0, 1f, 1m, (short)1, 'x', Color.Blue, new P() };
        foreach (var o in objs) Console.Write(o.GetType().Name + " ");
        Console.WriteLine();
        Console.WriteLine(objs.Contains(1) + " " + objs.Contains(1L) + " " + objs.IndexOf(Color.Blue));
    }
}
