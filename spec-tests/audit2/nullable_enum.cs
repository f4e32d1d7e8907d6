// Nullable<T> lifted operators, comparisons with null, boxing/unboxing, patterns; enum arithmetic,
// ToString of undefined and [Flags] values, Parse/TryParse, long/byte underlying types.
using System;

[Flags] enum F : byte { None = 0, A = 1, B = 2, C = 4, AB = A | B, Hi = 128 }
enum L : long { Min = long.MinValue, Zero = 0, Big = 1L << 40, Max = long.MaxValue }
enum E { X = 1, Y = 2, Z = 2, W = -1 }
[Flags] enum G : uint { One = 1, Two = 2, All = uint.MaxValue }
enum SB : sbyte { Neg = -5, Pos = 5 }
[Flags] enum FI { Read = 1, Write = 2, Exec = 4, RW = 3 }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static string Is<T>(object? o) => (o is T t) ? "T:" + t : "no";
    static bool IsNull<T>(T v) => v == null;
    static object? Box<T>(T v) => v;

    static void Main()
    {
        int? a = 5, n = null; double? d = 1.5; long? la = long.MaxValue;
        T("n1", () => a + n);
        T("n2", () => (a + 1) * 2);
        T("n3", () => a > n);
        T("n4", () => a <= n || a > n);
        T("n5", () => n == null);
        T("n6", () => n < 3);
        T("n7", () => !(n < 3) && !(n >= 3));
        T("n8", () => a == 5);
        T("n9", () => n != 5);
        T("n10", () => d * a);
        T("n11", () => (bool?)null & false);
        T("n12", () => (bool?)null | true);
        T("n13", () => ((bool?)null & true) == null);
        T("n14", () => (bool?)null ^ true);
        T("n15", () => -n);
        T("n16", () => ~a);
        T("n17", () => la + 1);
        T("n18", () => checked(la + 1));
        T("n19", () => a / (n ?? 0));
        T("n20", () => (a / n) ?? -1);
        T("n21", () => n.GetValueOrDefault(7));
        T("n22", () => n.HasValue);
        T("n23", () => n.Value);
        T("n24", () => Box(n) == null);
        T("n25", () => Box(a)!.GetType().Name);
        T("n26", () => (int?)Box(a));
        T("n27", () => (int?)(object)5);
        T("n28", () => (long?)(object)5);
        T("n29", () => (int)(object)n!);
        T("n30", () => (int?)(object?)null);
        T("n31", () => Is<int>(a));
        T("n32", () => Is<int?>(a));
        T("n33", () => Is<int?>(n));
        T("n34", () => Is<long>(a));
        T("n35", () => IsNull(n) + "/" + IsNull(a) + "/" + IsNull(0));
        T("n36", () => a is 5);
        T("n37", () => a is > 3 and < 10);
        T("n38", () => n is null);
        T("n39", () => n is not int);
        T("n40", () => a.Equals(5) + "/" + n.Equals(null) + "/" + a.Equals((object)5L));
        T("n41", () => n.GetHashCode() + "/" + a.GetHashCode());
        T("n42", () => n.ToString() == "");
        T("n43", () => Nullable.Compare(n, a) + "/" + Nullable.Compare(a, n) + "/" + Nullable.Equals(n, (int?)null));
        T("n44", () => Nullable.GetUnderlyingType(typeof(int?))!.Name + "/" + (Nullable.GetUnderlyingType(typeof(int)) == null));
        T("n45", () => typeof(int?).Name + "/" + typeof(int?).FullName);
        T("n46", () => ((object)(E?)E.Y)!.GetType().Name);
        T("n47", () => { E? e = E.X; return e | E.Y; });
        T("n48", () => { char? c = 'a'; return c + 1; });
        T("n49", () => { decimal? m = 1.5m; return m * 2; });
        T("n50", () => (object)(int?)3 is int?);

        T("e1", () => (E)7);
        T("e2", () => E.Z);
        T("e3", () => E.Y | E.X);
        T("e4", () => (E)(-1));
        T("e5", () => F.A | F.B);
        T("e6", () => F.A | F.C);
        T("e7", () => F.A | F.B | F.C);
        T("e8", () => (F)8);
        T("e9", () => (F)9);
        T("e10", () => F.None);
        T("e11", () => (F)0 | F.Hi);
        T("e12", () => (F)255);
        T("e13", () => L.Big + 1);
        T("e14", () => L.Min);
        T("e15", () => (L)(-1));
        T("e16", () => G.All);
        T("e17", () => G.One | G.Two);
        T("e18", () => (G)3);
        T("e19", () => (G)0);
        T("e20", () => SB.Neg);
        T("e21", () => (SB)(-6));
        T("e22", () => FI.RW | FI.Exec);
        T("e23", () => (FI)8);
        T("e24", () => (FI)11);
        T("e25", () => Enum.Parse<F>("A, C"));
        T("e26", () => Enum.Parse<F>("  a ,C", true));
        T("e27", () => Enum.Parse<F>("a"));
        T("e28", () => Enum.Parse<E>("7"));
        T("e29", () => Enum.Parse<E>("-1"));
        T("e30", () => Enum.TryParse<E>("Q", out var r) + "/" + r);
        T("e31", () => Enum.TryParse<F>("A,B", out var r) + "/" + r);
        T("e32", () => Enum.Parse<L>("Big"));
        T("e33", () => Enum.Parse<F>("300"));
        T("e34", () => Enum.Parse(typeof(FI), "Read|Write"));
        T("e35", () => Enum.IsDefined(typeof(F), (byte)3) + "/" + Enum.IsDefined(E.Y) + "/" + Enum.IsDefined((E)5));
        T("e36", () => string.Join(",", Enum.GetNames<E>()));
        T("e37", () => string.Join(",", Enum.GetValues<F>()));
        T("e38", () => (F.A | F.C).HasFlag(F.C) + "/" + F.A.HasFlag(F.AB));
        T("e39", () => E.X.CompareTo(E.W) + "/" + SB.Neg.CompareTo(SB.Pos) + "/" + L.Min.CompareTo(L.Max));
        T("e40", () => E.Y.GetHashCode() + "/" + L.Big.GetHashCode() + "/" + F.Hi.GetHashCode());
        T("e41", () => ((object)F.A).Equals(F.A) + "/" + ((object)F.A).Equals((byte)1) + "/" + ((object)E.X).Equals(1));
        T("e42", () => Convert.ToInt32(E.W) + "/" + (int)SB.Neg + "/" + (byte)(F)200);
        T("e43", () => E.Y.ToString("D") + "/" + E.Y.ToString("X") + "/" + F.Hi.ToString("X") + "/" + L.Big.ToString("x") + "/" + (F.A | F.C).ToString("G") + "/" + (E.X).ToString("F"));
        T("e44", () => SB.Neg.ToString("X") + "/" + ((E)(-1)).ToString("X"));
        T("e45", () => Enum.GetUnderlyingType(typeof(L)).Name + "/" + Enum.GetUnderlyingType(typeof(F)).Name);
        T("e46", () => { E e = E.X; e++; e++; e++; return e; });
        T("e47", () => { F f = F.Hi; f = (F)((byte)f << 1); return f; });
        T("e48", () => (E)Enum.ToObject(typeof(E), 2L));
        T("e49", () => Enum.Format(typeof(F), (byte)5, "G") + "/" + Enum.GetName(typeof(E), 2));
        T("e50", () => (object)E.X is int);
        T("e51", () => (int)(object)E.X);
        T("e52", () => ((IComparable)E.X).CompareTo(E.Y));
        T("e53", () => ((IComparable)E.X).CompareTo(1));
        T("e54", () => Enum.Parse<F>(""));
        T("e55", () => Enum.Parse<E>("X, Y"));
        T("e56", () => { try { Enum.Parse<F>("256"); return "no"; } catch (OverflowException e) { return e.Message; } });
        T("e57", () => Enum.TryParse<F>("256", out var r) + "/" + r + "/" + Enum.TryParse<F>("255", out var r2) + "/" + r2);
        T("e58", () => Enum.Parse<SB>("-128") + "/" + Enum.TryParse<SB>("-129", out _));
        T("e59", () => Enum.Parse<E>("99999999999"));
        T("e60", () => Enum.Parse<F>("-1"));
        T("e61", () => Enum.Parse<L>("-9223372036854775808") + "/" + Enum.TryParse<L>("9223372036854775808", out _));
        T("e62", () => Enum.Parse<G>("4294967295") + "/" + Enum.TryParse<G>("4294967296", out _));
        T("e63", () => Enum.Parse<F>("1x"));
    }
}
