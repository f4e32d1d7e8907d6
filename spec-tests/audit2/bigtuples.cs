// ValueTuple and Tuple with many elements: nesting through Rest, ITuple, equality, ordering,
// hashing consistency, ToString with nulls, deconstruction, boxing as IComparable/IStructuralEquatable.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static string Items(ITuple t) { var s = new List<string>(); for (int i = 0; i < t.Length; i++) s.Add(t[i]?.ToString() ?? "_"); return t.Length + ":" + string.Join(" ", s); }

    static void Main()
    {
        var big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        T("b1", () => big);
        T("b2", () => Items(big));
        T("b3", () => big.Item16 + "," + big.Rest.Rest.Item2 + "," + big.Rest.Rest.GetType().Name);
        T("b4", () => big.Equals((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)) + "," + (big == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17)));
        T("b5", () => big.GetHashCode() == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16).GetHashCode());
        T("b6", () => big.CompareTo((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0)) + "," + ((IComparable)big).CompareTo((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 99)));
        T("b7", () => { try { return Items((ITuple)(object)big) + "|" + ((ITuple)big)[16]; } catch (Exception e) { return e.GetType().Name; } });
        T("b8", () => { var t = (1, "a", (string?)null, 4, 5, 6, 7, (object?)null, 9.5); return t + "|" + Items(t); });
        T("b9", () => { var (a, b, c, d, e, f, g, h, i) = (1, 2, 3, 4, 5, 6, 7, 8, 9); return a + i + h; });
        T("b10", () => Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8) + "|" + Items(Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8)));
        T("b11", () => { var t = new Tuple<int, int, int, int, int, int, int, Tuple<int, int>>(1, 2, 3, 4, 5, 6, 7, Tuple.Create(8, 9)); return t + "|" + Items(t) + "|" + t.Rest.Item2; });
        T("b12", () => ((ITuple)ValueTuple.Create()).Length + "," + ((ITuple)(1, 2)).Length + "," + ((ITuple)new ValueTuple<int, int, int, int, int, int, int, ValueTuple>(1, 2, 3, 4, 5, 6, 7, default)).Length);
        T("b13", () => new ValueTuple<int, int, int, int, int, int, int, ValueTuple>(1, 2, 3, 4, 5, 6, 7, default).ToString());
        T("b14", () => { try { return ((ITuple)(1, 2, 3, 4, 5, 6, 7, 8))[-1]; } catch (Exception e) { return e.GetType().Name; } });
        T("b15", () => { try { return ((ITuple)(1, 2, 3, 4, 5, 6, 7, 8))[8]; } catch (Exception e) { return e.GetType().Name; } });
        T("b16", () => new HashSet<(int, int, int, int, int, int, int, int, int)> { (1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 5, 6, 7, 8, 9) }.Count);
        T("b17", () => { var l = new List<(int, string)> { (2, "b"), (1, "z"), (2, "a") }; l.Sort(); return string.Join(";", l); });
    }
}
