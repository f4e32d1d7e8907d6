// One-dimensional arrays: creation, defaults, indexing, bounds, copying, resizing.
using System;

class Program
{
    static void Main()
    {
        int[] a = new int[5];
        Console.WriteLine(string.Join(",", a) + " len=" + a.Length);
        for (int i = 0; i < a.Length; i++) a[i] = i * i;
        Console.WriteLine(string.Join(",", a));
        string?[] s = new string?[3];
        Console.WriteLine(s[0] == null);
        double[] d = { 1.5, 2.5, -1 };
        bool[] flags = new bool[2];
        char[] cs = new char[2];
        Console.WriteLine($"{d[2]} {flags[1]} {(int)cs[0]} {(new decimal[1])[0]} {(new long[1])[0]}");
        int[] b = a;
        b[0] = 100;
        Console.WriteLine(a[0] + " same=" + ReferenceEquals(a, b));
        int[] c = (int[])a.Clone();
        c[1] = -1;
        Console.WriteLine(a[1] + " " + c[1]);
        int[] dst = new int[7];
        Array.Copy(a, 1, dst, 2, 3);
        Console.WriteLine(string.Join(",", dst));
        a.CopyTo(dst, 2);
        Console.WriteLine(string.Join(",", dst));
        Array.Resize(ref a, 7);
        Console.WriteLine(string.Join(",", a));
        Array.Resize(ref a, 2);
        Console.WriteLine(string.Join(",", a));
        Array.Fill(dst, 9, 1, 3);
        Console.WriteLine(string.Join(",", dst));
        Array.Clear(dst, 0, 2);
        Console.WriteLine(string.Join(",", dst));
        Array.Reverse(dst);
        Console.WriteLine(string.Join(",", dst) + " idx=" + Array.IndexOf(dst, 9) + " last=" + Array.LastIndexOf(dst, 9) + " missing=" + Array.IndexOf(dst, 42));
        int[] empty = Array.Empty<int>();
        Console.WriteLine(empty.Length + " " + ReferenceEquals(empty, Array.Empty<int>()));
        try { a[2] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { a[-1] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(a.Rank + " " + a.GetType() + " " + typeof(int[]).GetElementType() + " " + a.GetLowerBound(0) + " " + a.GetUpperBound(0));
        int sum = 0;
        foreach (int x in new[] { 3, 4, 5 }) sum += x;
        Console.WriteLine(sum + " " + new[] { 1, 2, 3 }.Length + " " + ((int[])[7, 8])[1]);
        int[] sliced = new[] { 0, 1, 2, 3, 4, 5 }[1..^2];
        Console.WriteLine(string.Join(",", sliced));
        byte[] bytes = new byte[3];
        bytes[0] = 255; bytes[0]++;
        Console.WriteLine(bytes[0]);
    }
}
