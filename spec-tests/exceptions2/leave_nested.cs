// leave out of several nested try/finally regions at once: break, continue, return and goto
// from inside nested try/finally inside loops; finally order; return values computed before the
// finally mutates the variable; try/finally inside catch and finally; switch inside try
class Program
{
    static List<string> log = new();
    static void L(string s) => log.Add(s);
    static void Flush(string title) { Console.WriteLine(title + ": " + string.Join(" ", log)); log.Clear(); }

    static int ReturnFromTriple(int x)
    {
        try
        {
            try
            {
                try { L("t3"); return x * 2; }
                finally { x += 100; L("f3 x=" + x); }
            }
            finally { x += 1000; L("f2 x=" + x); }
        }
        finally { L("f1 x=" + x); }
    }
    static int ReturnInLoop()
    {
        int total = 0;
        for (int i = 0; i < 5; i++)
        {
            try
            {
                for (int j = 0; j < 5; j++)
                {
                    try
                    {
                        total += j;
                        if (j == 1) continue;
                        if (j == 3) break;
                        if (i == 2 && j == 2) return total;
                    }
                    finally { L($"f{i}{j}"); total += 100; }
                }
            }
            finally { L("fo" + i); }
        }
        return -1;
    }
    static string GotoOut()
    {
        int n = 0;
    again:
        try
        {
            try
            {
                n++;
                if (n < 3) goto again;
                goto done;
            }
            finally { L("inner" + n); }
        }
        finally { L("outer" + n); }
    done:
        return "n=" + n;
    }
    static int ReturnStruct(ref int calls)
    {
        var p = (A: 1, B: 2);
        try { return p.A + p.B; }
        finally { p.A = 100; calls++; }
    }
    static string SwitchInTry(int k)
    {
        for (int i = 0; ; i++)
        {
            try
            {
                switch (k + i)
                {
                    case 0: continue;
                    case 1: try { return "one"; } finally { L("s1"); }
                    case 2: break;
                    default: goto case 2;
                }
                if (i > 1) return "i=" + i;
            }
            finally { L("sw" + i); }
        }
    }
    static IEnumerable<int> Gen()
    {
        try
        {
            for (int i = 0; ; i++)
            {
                try { if (i == 3) yield break; yield return i; }
                finally { L("g" + i); }
            }
        }
        finally { L("gend"); }
    }
    static int TryInCatch()
    {
        int r = 0;
        try { throw new Exception(); }
        catch
        {
            for (int i = 0; i < 4; i++)
            {
                try
                {
                    try { if (i == 2) return r; r += i; }
                    finally { L("cf" + i); }
                }
                finally { L("co" + i); }
            }
        }
        return -1;
    }
    static int TryInFinally()
    {
        int r = 0;
        try { r = 1; }
        finally
        {
            for (int i = 0; i < 3; i++)
            {
                try { if (i == 1) continue; r += 10; }
                finally { L("ff" + i); }
            }
        }
        return r;
    }
    static void Main()
    {
        Console.WriteLine(ReturnFromTriple(5)); Flush("triple");
        Console.WriteLine(ReturnInLoop()); Flush("loop");
        Console.WriteLine(GotoOut()); Flush("goto");
        int calls = 0;
        Console.WriteLine(ReturnStruct(ref calls) + " calls=" + calls);
        for (int k = -1; k < 4; k++) { Console.WriteLine(SwitchInTry(k)); Flush("switch" + k); }
        Console.WriteLine(string.Join(",", Gen())); Flush("gen");
        foreach (var g in Gen()) { if (g == 1) break; }
        Flush("gen-break");
        Console.WriteLine(TryInCatch()); Flush("catch");
        Console.WriteLine(TryInFinally()); Flush("finally");
        int outerCount = 0;
        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                try
                {
                    try
                    {
                        if (b == 1) goto nextA;
                        outerCount++;
                    }
                    finally { L($"i{a}{b}"); }
                }
                finally { L($"o{a}{b}"); }
            }
        nextA:;
        }
        Console.WriteLine(outerCount); Flush("goto-outer");
    }
}
