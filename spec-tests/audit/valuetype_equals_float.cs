// Default ValueType.Equals/GetHashCode on a struct with floating-point fields compares the
// fields with double.Equals/float.Equals: 0.0 equals -0.0 (and NaN equals NaN).
using System;

struct WithFloats { public double D; public float F; }

class Program
{
    static void Main()
    {
        var a = new WithFloats { D = 0.0 };
        var b = new WithFloats { D = -0.0 };
        var c = new WithFloats { F = -0f };
        var n1 = new WithFloats { D = double.NaN };
        var n2 = new WithFloats { D = -double.NaN };
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(a.Equals(c));
        Console.WriteLine(n1.Equals(n2));
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
    }
}
