// Dictionary<double/float, V> with the default comparer: every NaN bit pattern is the same key
// (double.Equals(NaN, NaN) is true and GetHashCode normalizes NaNs), as are 0.0 and -0.0.
using System;
using System.Collections.Generic;

class Program
{
    static double Neg(double x) => -x;
    static void Main()
    {
        var d = new Dictionary<double, string> { [double.NaN] = "nan" };
        double otherNaN = Neg(double.NaN);
        double payloadNaN = BitConverter.Int64BitsToDouble(0x7FF0000000000123);
        Console.WriteLine(BitConverter.DoubleToInt64Bits(double.NaN) != BitConverter.DoubleToInt64Bits(otherNaN));
        Console.WriteLine(d.ContainsKey(otherNaN) + " " + d.ContainsKey(payloadNaN));
        Console.WriteLine(otherNaN.GetHashCode() == double.NaN.GetHashCode());
        d[otherNaN] = "again";
        Console.WriteLine(d.Count + " " + d[double.NaN]);
        var f = new Dictionary<float, int> { [float.NaN] = 1 };
        Console.WriteLine(f.ContainsKey(-float.NaN));
        var l = new List<double> { 1, double.NaN };
        Console.WriteLine(l.IndexOf(otherNaN) + " " + l.Contains(payloadNaN));
    }
}
