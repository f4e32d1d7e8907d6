// Shapes the interpreter fuses into one op: a loop's increment with its condition, a float
// compare against a constant, a constant divided by or minus a value, and a return of a value
// just computed. Each is checked on its edges (wrap-around, NaN, infinities, arguments reused).
using System;

public static class Program
{
    static int CountUp(int from, int to, int step)
    {
        int n = 0;
        for (int i = from; i < to; i += step) n++;
        return n;
    }

    static int CountUpInclusive(int from, int to)
    {
        int n = 0;
        for (int i = from; i <= to; i++) n += i;
        return n;
    }

    static int CountDown(int from, int to)
    {
        int n = 0;
        for (int i = from; i > to; i--) n = n * 3 + i;
        return n;
    }

    static int CountDownInclusive(int from)
    {
        int n = 0;
        for (int i = from; i >= 0; i -= 2) n += i;
        int floor = from / 3;
        for (int i = from; i >= floor; i--) n += 1000;
        return n;
    }

    static int ConstantBounds()
    {
        int a = 0, b = 0, c = 0, d = 0;
        for (int i = 0; i < 10; i++) a += i;
        for (int i = 0; i <= 10; i++) b += i;
        for (int i = 20; i > 10; i--) c += i;
        for (int i = 20; i >= -5; i -= 3) d += i;
        return a * 1000000 + b * 10000 + c * 100 + d;
    }

    static long WrapAround()
    {
        // i overflows from int.MaxValue to int.MinValue: the loop ends when i > 0 fails.
        long steps = 0;
        for (int i = int.MaxValue - 5; i > 0; i++) steps++;
        int j = int.MinValue + 3;
        long down = 0;
        for (; j < 0; j--) down++;
        return steps * 100 + down + (long)j;
    }

    static int StepFromLocal(int limit, int step)
    {
        int total = 0;
        for (int j = step; j <= limit; j += step) total += j;
        for (int j = -step; j < limit; j += step) total -= 1;
        return total;
    }

    static int SumThenTest(int a, int b)
    {
        int i = a + b;
        if (i < 0) return -1;
        int k = a - 1;
        if (k >= b) return 2;
        return 1;
    }

    static void Bump(ref int x) => x += 2;

    static int AddressTaken(int limit)
    {
        int n = 0;
        for (int i = 0; i < limit; i++)
        {
            Bump(ref i);
            n++;
        }
        return n;
    }

    static int BreakAndContinue(int[] data)
    {
        int sum = 0;
        for (int i = 0; i < data.Length; i++)
        {
            if (data[i] < 0) continue;
            if (data[i] > 100) break;
            sum += data[i];
        }
        return sum;
    }

    static int InTry(int limit)
    {
        int n = 0;
        try
        {
            for (int i = 0; i < limit; i++) n += i;
            if (n > 40) throw new InvalidOperationException("n=" + n);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
            for (int i = 0; i < 3; i++) n++;
        }
        finally
        {
            for (int i = 0; i <= 2; i++) n += 100;
        }
        return n;
    }

    static int WhileWithLimit(double limit)
    {
        int i = 0;
        double t = 0;
        while (i < 50 && t <= limit)
        {
            t += 0.25;
            i++;
        }
        return i;
    }

    static string FloatConstCompares(double x)
    {
        string s = "";
        s += x < 4.0 ? "<" : ".";
        s += x <= 4.0 ? "l" : ".";
        s += x > 4.0 ? ">" : ".";
        s += x >= 4.0 ? "g" : ".";
        s += x == 4.0 ? "=" : ".";
        s += x != 4.0 ? "!" : ".";
        s += !(x < 4.0) ? "n<" : "..";
        s += !(x >= 4.0) ? "n>" : "..";
        return s;
    }

    static double ConstLeft(double x) => 1.0 / x + (2.5 - x) * 10.0;

    static int ReturnSum(int a, int b) => a + b;
    static int ReturnConst(bool b) { if (b) return 7; return -123456789; }
    static int ReturnArg(int n, int m) { if (n < m) return n; return m; }
    static long ReturnLong(int a, int b) => (long)a * b;
    static double ReturnDouble(double x, double y) => x * y + 0.5;
    static float ReturnFloat(float x) => x * 3.0f;
    static string ReturnRef(string s) => s + "!";
    static int ReturnFromFirstArg(int a) => a * a - a;

    struct Pair { public int A; public long B; }
    static Pair ReturnStruct(int a) { Pair p; p.A = a; p.B = (long)a << 33; return p; }

    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

    // Guard clauses: a compare with a constant branching over a return.
    static int Clamp(int x)
    {
        if (x < 0) return 0;
        if (x > 100) return 100;
        if (x == 42) return x;
        if (x != 7) return x * 2;
        return -7;
    }

    static void Log(int x)
    {
        if (x <= 3) return;
        if (x >= 1000) return;
        Console.Write(x + ";");
    }

    static int SharedReturn(int x)
    {
        // Two ways reach the same return: the one that branches over it must stay a branch.
        int r = x;
        if (x > 5) goto done;
        r = x + 1;
        if (r < 3) goto done;
        r *= 10;
    done:
        return r;
    }

    static int ElementTests(bool[] flags, int[] values, int extra)
    {
        int n = 0;
        for (int i = 0; i < flags.Length + extra; i++)
        {
            if (flags[i]) n += 1;
            if (!flags[i]) n += 10;
            if (values[i] != 0) n += 100;
            if (values[i] == 0) n += 1000;
        }
        return n;
    }

    public static int Main()
    {
        Console.WriteLine(CountUp(0, 10, 1) + " " + CountUp(0, 10, 3) + " " + CountUp(5, 5, 1) + " " + CountUp(-7, 7, 7));
        Console.WriteLine(CountUpInclusive(1, 100) + " " + CountUpInclusive(3, 2) + " " + CountUpInclusive(-3, 3));
        Console.WriteLine(CountDown(5, 0) + " " + CountDown(0, 5) + " " + CountDownInclusive(9) + " " + CountDownInclusive(-1));
        Console.WriteLine(ConstantBounds());
        Console.WriteLine(WrapAround());
        Console.WriteLine(StepFromLocal(100, 7) + " " + StepFromLocal(10, 20));
        Console.WriteLine(SumThenTest(3, 4) + " " + SumThenTest(-10, 4) + " " + SumThenTest(9, 4) + " " + SumThenTest(int.MaxValue, 1));
        Console.WriteLine(AddressTaken(10) + " " + AddressTaken(0));
        Console.WriteLine(BreakAndContinue(new[] { 1, -5, 2, 3, 200, 4 }) + " " + BreakAndContinue(new int[0]));
        Console.WriteLine(InTry(5) + " " + InTry(20));
        Console.WriteLine(WhileWithLimit(4.0) + " " + WhileWithLimit(100.0) + " " + WhileWithLimit(double.NaN) + " " + WhileWithLimit(-1));
        foreach (double x in new[] { 3.0, 4.0, 5.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0 })
            Console.WriteLine(x + " " + FloatConstCompares(x));
        foreach (double x in new[] { 2.0, 0.0, -0.0, double.NaN, double.PositiveInfinity, 1e-310 })
            Console.WriteLine(ConstLeft(x).ToString("R"));
        Console.WriteLine(ReturnSum(2, 3) + " " + ReturnSum(int.MaxValue, 1) + " " + ReturnConst(true) + " " + ReturnConst(false));
        Console.WriteLine(ReturnArg(3, 9) + " " + ReturnArg(9, 3) + " " + ReturnLong(100000, 300000) + " " + ReturnLong(-2, int.MinValue));
        Console.WriteLine(ReturnDouble(1.5, 3) + " " + ReturnFloat(1.1f) + " " + ReturnRef("hi") + " " + ReturnFromFirstArg(12));
        Console.WriteLine(ElementTests(new[] { true, false, true }, new[] { 0, -1, 5 }, 0));
        try { ElementTests(new[] { true }, new[] { 1 }, 1); } catch (IndexOutOfRangeException) { Console.WriteLine("element past the end"); }
        try { ElementTests(new[] { true, true }, new[] { 1 }, 0); } catch (IndexOutOfRangeException) { Console.WriteLine("second array shorter"); }
        try { ElementTests(new[] { false }, null, 0); } catch (NullReferenceException) { Console.WriteLine("null array"); }
        foreach (int x in new[] { -5, 0, 7, 42, 99, 100, 101, 3, 4 }) Console.Write(Clamp(x) + " ");
        Console.WriteLine();
        foreach (int x in new[] { 1, 3, 4, 999, 1000, 5000 }) Log(x);
        Console.WriteLine();
        Console.WriteLine(SharedReturn(1) + " " + SharedReturn(2) + " " + SharedReturn(5) + " " + SharedReturn(9));
        Pair p = ReturnStruct(5);
        Console.WriteLine(p.A + " " + p.B + " " + Fib(20));
        return ReturnSum(40, 2);
    }
}
