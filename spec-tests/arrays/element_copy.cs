// `a[i] = b[j]` on int-sized elements is one interpreter op: it must check the source array and
// index before the destination's, copy between one array and itself (including overlapping
// shifts and swaps), and keep each element type's bits (uint, float bit patterns in int[] views,
// enums, chars widened by the compiler are separate cases).
using System;

enum Color { Red = 1, Green = 2, Blue = -7 }

public static class Program
{
    static string Show(int[] a) => string.Join(",", a);

    static void Reverse(int[] w, int k)
    {
        int lo = 0, hi = k;
        while (lo < hi) { int t = w[lo]; w[lo] = w[hi]; w[hi] = t; lo++; hi--; }
    }

    static string Try(Action f)
    {
        try { f(); return "ok"; }
        catch (Exception e) { return e.GetType().Name; }
    }

    static string Num(int x) => x.ToString();
    static string Swap(int[] a, int i, int j)
    {
        int t = -1;
        try { t = a[i]; a[i] = a[j]; a[j] = t; return "t=" + Num(t) + " " + Show(a); }
        catch (IndexOutOfRangeException) { return "IOORE t=" + Num(t) + " " + Show(a); }
        catch (NullReferenceException) { return "NRE t=" + Num(t); }
    }

    public static int Main()
    {
        Console.WriteLine(Swap(new[] { 1, 2, 3 }, 0, 2) + " | " + Swap(new[] { 1, 2, 3 }, 1, 1) + " | " + Swap(new[] { 1, 2, 3 }, 2, 3) + " | " + Swap(new[] { 1, 2, 3 }, -1, 0) + " | " + Swap(null, 0, 0));
        uint[] us = { 1u, 0xffffffffu }; int z = 0, one = 1; uint ut = us[z]; us[z] = us[one]; us[one] = ut;
        Console.WriteLine(us[0] + " " + us[1] + " " + ut);
        int[] a = { 1, 2, 3, 4, 5, 6, 7, 8 };
        int[] b = new int[8];
        for (int i = 0; i < a.Length; i++) b[i] = a[i];
        for (int i = 0; i < 7; i++) a[i] = a[i + 1];          // shift left in place
        for (int i = 7; i > 0; i--) b[i] = b[i - 1];          // shift right in place
        Console.WriteLine(Show(a) + " | " + Show(b));
        Reverse(a, 5);
        Console.WriteLine(Show(a));
        a[3] = a[3];
        a[a[0] - 5] = a[a[5] + 1];                                 // indices computed from the same array
        Console.WriteLine(Show(a));

        uint[] u = { 0xffffffffu, 0x80000000u, 7u };
        uint[] u2 = new uint[3];
        for (int i = 0; i < 3; i++) u2[2 - i] = u[i];
        Console.WriteLine(u2[0] + " " + u2[1] + " " + u2[2]);
        float[] f = { -0.0f, float.NaN, 1.5f };
        float[] f2 = new float[3];
        for (int i = 0; i < 3; i++) f2[i] = f[i];
        Console.WriteLine(BitConverter.SingleToInt32Bits(f2[0]) + " " + float.IsNaN(f2[1]) + " " + f2[2]);
        Color[] cs = { Color.Blue, Color.Red, Color.Green };
        Color[] cs2 = new Color[3];
        for (int i = 0; i < 3; i++) cs2[i] = cs[(i + 1) % 3];
        Console.WriteLine(string.Join(",", cs2));
        string[] s = { "x", "y" }; object[] o = new object[2];
        for (int i = 0; i < 2; i++) o[i] = s[1 - i];
        Console.WriteLine(o[0] + "" + o[1]);

        int[] nul = null, small = new int[2];
        // Source checks come first: a null source with a bad destination index is a NullReferenceException.
        Console.WriteLine(Try(() => small[5] = nul[0]));
        Console.WriteLine(Try(() => nul[0] = small[5]));
        Console.WriteLine(Try(() => small[-1] = a[0]));
        Console.WriteLine(Try(() => nul[0] = a[0]));
        Console.WriteLine(Try(() => small[0] = a[8]));
        Console.WriteLine(Try(() => small[1] = a[7]) + " " + small[1]);
        // Constant indices: the first and last element, -1, past the end, an empty and a null array.
        int[] empty = new int[0];
        Console.WriteLine(a[0] + " " + a[7] + " " + Try(() => Console.Write(a[-1])) + " " + Try(() => Console.Write(a[8])) + " " + Try(() => Console.Write(empty[0])) + " " + Try(() => Console.Write(nul[0])) + " " + Try(() => Console.Write(small[0x7fffffff])));
        int done = 0;
        try { for (done = 0; done < 10; done++) small[done] = a[done]; }
        catch (IndexOutOfRangeException) { Console.WriteLine("stopped at " + done + " " + Show(small)); }
        return a[0] + b[7];
    }
}
