// Loops whose body stores a constant into a byte-sized array and whose step adds a variable
// (the sieve's inner loop): results, the loop variable afterwards, and the exceptions such a
// store raises in the middle of the loop (the variable and the array as they were then).
using System;

public static class Program
{
    static int Sieve(int limit)
    {
        var composite = new bool[limit + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++)
        {
            if (composite[i]) continue;
            count++;
            for (int j = i * 2; j <= limit; j += i) composite[j] = true;
        }
        return count;
    }

    static string Bytes(byte[] a) => string.Join(",", a);

    // No handler in the method, so the loop is the fused form; the caller sees what was stored before a failure.
    static int FillLe(bool[] a, int start, int limit, int step) { int j; for (j = start; j <= limit; j += step) a[j] = true; return j; }
    static int FillLt(byte[] a, int start, int end, int step) { int j; for (j = start; j < end; j += step) a[j] = 0xAB; return j; }
    static string Flags(bool[] a) => a == null ? "null" : string.Join("", Array.ConvertAll(a, x => x ? "1" : "0"));
    static void Fills()
    {
        var a = new bool[10];
        Console.WriteLine("fill le " + FillLe(a, 1, 9, 4) + " " + Flags(a));
        var f = new bool[10];
        try { FillLe(f, 2, 12, 3); } catch (IndexOutOfRangeException) { Console.WriteLine("fill ioore " + Flags(f)); }
        try { FillLe(f, -1, 5, 1); } catch (IndexOutOfRangeException) { Console.WriteLine("fill negative " + Flags(f)); }
        try { FillLe(null, 0, 5, 1); } catch (NullReferenceException) { Console.WriteLine("fill null"); }
        Console.WriteLine("fill empty " + FillLe(f, 7, 3, 1));
        var b = new byte[7];
        Console.WriteLine("fill lt " + FillLt(b, 0, 7, 2) + " " + string.Join(",", b));
        try { FillLt(b, 5, 9, 1); } catch (IndexOutOfRangeException) { Console.WriteLine("fill lt ioore " + string.Join(",", b)); }
        var w = new byte[3];
        try { FillLt(w, 1, 2, int.MaxValue); } catch (IndexOutOfRangeException) { Console.WriteLine("fill wrap " + string.Join(",", w)); } // 1 + MaxValue wraps below 2
    }

    public static int Main()
    {
        Console.WriteLine("primes " + Sieve(10) + " " + Sieve(1000) + " " + Sieve(100000));
        Fills();

        var b = new byte[12];
        int step = 3, j;
        for (j = 1; j < b.Length; j += step) b[j] = 200;
        Console.WriteLine("lt " + Bytes(b) + " j=" + j);
        var s = new sbyte[7];
        for (j = 0; j <= 6; j += 2) s[j] = -5;
        Console.WriteLine("le " + string.Join(",", s) + " j=" + j);
        var none = new bool[3];
        for (j = 5; j <= 2; j += 1) none[j] = true;
        Console.WriteLine("none " + string.Join(",", none) + " j=" + j);

        // Past the end: the store throws before the step, so j is the failing index.
        var c = new bool[10];
        j = 0;
        try { for (j = 0; j <= 12; j += step) c[j] = true; }
        catch (IndexOutOfRangeException e) { Console.WriteLine("ioore j=" + j + " " + string.Join("", Array.ConvertAll(c, x => x ? "1" : "0")) + " " + e.GetType().Name); }
        // A negative start fails at once.
        try { for (j = -2; j <= 4; j += step) c[j] = false; }
        catch (IndexOutOfRangeException) { Console.WriteLine("negative j=" + j); }
        // A null array.
        bool[] missing = null;
        try { for (j = 0; j < 4; j += step) missing[j] = true; }
        catch (NullReferenceException) { Console.WriteLine("null j=" + j); }
        // The step overflows past int.MaxValue: the loop stops when j wraps negative and fails the test... or goes on, as in .NET.
        var big = new byte[4];
        int k = 0, wraps = 0;
        try { for (k = 1; k <= 3; k += int.MaxValue) { big[k] = 9; wraps++; } }
        catch (IndexOutOfRangeException) { Console.WriteLine("wrapped k=" + k); }
        Console.WriteLine("big " + Bytes(big) + " k=" + k + " wraps=" + wraps);
        // A try region inside the body: the store and the step are in different regions.
        var d = new byte[6];
        int m = 0;
        for (m = 0; m < 6; )
        {
            d[m] = 7;
            try { m += 2; } finally { d[0]++; }
        }
        Console.WriteLine("try " + Bytes(d) + " m=" + m);
        return 0;
    }
}
