// unsafe
// stackalloc memory lives as long as its frame: many calls that each take 16 KB must not run
// out of stack, blocks of live callers keep their contents while callees take and drop theirs,
// and an exception thrown out of a frame with a block gives the memory back too.
using System;

class Program
{
    static int Sum(Span<byte> s) { int t = 0; for (int i = 0; i < s.Length; i += 512) t += s[i]; return t; }

    static int Leaf(int seed)
    {
        Span<byte> buf = stackalloc byte[16384];
        for (int i = 0; i < buf.Length; i += 1024) buf[i] = (byte)(seed + i);
        return Sum(buf);
    }

    static int Nested(int depth)
    {
        Span<int> mine = stackalloc int[64];
        for (int i = 0; i < mine.Length; i++) mine[i] = depth * 100 + i;
        int below = depth > 0 ? Nested(depth - 1) : 0;
        int check = 0;
        for (int i = 0; i < mine.Length; i++) check += mine[i] - depth * 100; // unchanged by the callees
        return below + check + Leaf(depth);
    }

    static int Throws(int n)
    {
        Span<byte> buf = stackalloc byte[8192];
        buf[0] = (byte)n;
        if (n % 3 == 0) throw new InvalidOperationException("n=" + n);
        return buf[0];
    }

    static unsafe long Pointers()
    {
        long total = 0;
        for (int round = 0; round < 1000; round++)
        {
            int* p = stackalloc int[4];
            p[0] = round; p[3] = round * 2;
            total += p[0] + p[3] + p[1];
        }
        return total;
    }

    static void Main()
    {
        long total = 0;
        for (int i = 0; i < 20000; i++) total += Leaf(i);
        Console.WriteLine("leaf calls " + total);
        Console.WriteLine("nested " + Nested(40));
        int caught = 0, ok = 0;
        for (int i = 0; i < 3000; i++)
        {
            try { ok += Throws(i); } catch (InvalidOperationException) { caught++; }
        }
        Console.WriteLine($"throws ok={ok} caught={caught}");
        Console.WriteLine("pointers " + Pointers());
        Func<int, int> f = n => { Span<short> s = stackalloc short[n]; s.Fill(3); int t = 0; foreach (var v in s) t += v; return t; };
        int lam = 0;
        for (int i = 1; i < 2000; i++) lam += f(i % 300 + 1);
        Console.WriteLine("lambda " + lam);
    }
}
