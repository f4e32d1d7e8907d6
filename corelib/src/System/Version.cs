namespace System
{
    /// <summary>major.minor[.build[.revision]]; absent components are -1.</summary>
    public sealed class Version : ICloneable, IComparable, IComparable<Version>, IEquatable<Version>
    {
        private readonly int _Major;
        private readonly int _Minor;
        private readonly int _Build = -1;
        private readonly int _Revision = -1;

        private static ArgumentOutOfRangeException Negative(string name) =>
            new ArgumentOutOfRangeException(name, "Version's parameters must be greater than or equal to zero.");

        public Version(int major, int minor, int build, int revision)
        {
            if (major < 0) throw Negative(nameof(major));
            if (minor < 0) throw Negative(nameof(minor));
            if (build < 0) throw Negative(nameof(build));
            if (revision < 0) throw Negative(nameof(revision));
            _Major = major; _Minor = minor; _Build = build; _Revision = revision;
        }
        public Version(int major, int minor, int build)
        {
            if (major < 0) throw Negative(nameof(major));
            if (minor < 0) throw Negative(nameof(minor));
            if (build < 0) throw Negative(nameof(build));
            _Major = major; _Minor = minor; _Build = build;
        }
        public Version(int major, int minor)
        {
            if (major < 0) throw Negative(nameof(major));
            if (minor < 0) throw Negative(nameof(minor));
            _Major = major; _Minor = minor;
        }
        public Version(string version)
        {
            Version v = Parse(version);
            _Major = v._Major; _Minor = v._Minor; _Build = v._Build; _Revision = v._Revision;
        }
        public Version() { }

        public int Major => _Major;
        public int Minor => _Minor;
        public int Build => _Build;
        public int Revision => _Revision;
        public short MajorRevision => (short)(_Revision >> 16);
        public short MinorRevision => (short)(_Revision & 0xFFFF);

        public object Clone() => new Version(this);
        private Version(Version v) { _Major = v._Major; _Minor = v._Minor; _Build = v._Build; _Revision = v._Revision; }

        public int CompareTo(object version)
        {
            if (version == null) return 1;
            if (version is Version v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Version.", nameof(version));
        }
        public int CompareTo(Version value)
        {
            if ((object)value == this) return 0;
            if (value is null) return 1;
            if (_Major != value._Major) return _Major > value._Major ? 1 : -1;
            if (_Minor != value._Minor) return _Minor > value._Minor ? 1 : -1;
            if (_Build != value._Build) return _Build > value._Build ? 1 : -1;
            if (_Revision != value._Revision) return _Revision > value._Revision ? 1 : -1;
            return 0;
        }
        public override bool Equals(object obj) => Equals(obj as Version);
        public bool Equals(Version obj) =>
            (object)obj == this || (!(obj is null) && _Major == obj._Major && _Minor == obj._Minor && _Build == obj._Build && _Revision == obj._Revision);
        public override int GetHashCode()
        {
            int h = 0;
            h |= (_Major & 0x0000000F) << 28;
            h |= (_Minor & 0x000000FF) << 20;
            h |= (_Build & 0x000000FF) << 12;
            h |= (_Revision & 0x00000FFF);
            return h;
        }

        public override string ToString() => ToString(_Build == -1 ? 2 : _Revision == -1 ? 3 : 4);
        public string ToString(int fieldCount)
        {
            int max = _Build == -1 ? 2 : _Revision == -1 ? 3 : 4;
            if (fieldCount < 0 || fieldCount > max)
                throw new ArgumentException("Argument must be between 0 and " + max.ToString() + ".", nameof(fieldCount));
            if (fieldCount == 0) return "";
            string s = _Major.ToString();
            if (fieldCount >= 2) s += "." + _Minor.ToString();
            if (fieldCount >= 3) s += "." + _Build.ToString();
            if (fieldCount >= 4) s += "." + _Revision.ToString();
            return s;
        }

        public static Version Parse(string input)
        {
            if (input == null) throw new ArgumentNullException(nameof(input));
            return ParseCore(input, true);
        }
        public static Version Parse(ReadOnlySpan<char> input) => ParseCore(new string(input), true);
        public static bool TryParse(string input, out Version result)
        {
            result = input == null ? null : ParseCore(input, false);
            return result != null;
        }
        public static bool TryParse(ReadOnlySpan<char> input, out Version result) => TryParse(new string(input), out result);

        private static Version ParseCore(string input, bool throwOnFailure)
        {
            string[] parts = input.Split('.');
            if (parts.Length < 2 || parts.Length > 4)
            {
                if (throwOnFailure) throw new ArgumentException("Version string portion was too short or too long.", nameof(input));
                return null;
            }
            int[] n = new int[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                string p = parts[i];
                if (!int.TryParse(p, System.Globalization.NumberStyles.Integer, null, out n[i]))
                {
                    if (!throwOnFailure) return null;
                    int.Parse(p); // throws FormatException/OverflowException as .NET does
                }
                if (n[i] < 0)
                {
                    if (throwOnFailure) throw new ArgumentOutOfRangeException(nameof(input), "Version's parameters must be greater than or equal to zero.");
                    return null;
                }
            }
            return parts.Length == 2 ? new Version(n[0], n[1]) : parts.Length == 3 ? new Version(n[0], n[1], n[2]) : new Version(n[0], n[1], n[2], n[3]);
        }

        public static bool operator ==(Version v1, Version v2) => v1 is null ? v2 is null : v1.Equals(v2);
        public static bool operator !=(Version v1, Version v2) => !(v1 == v2);
        public static bool operator <(Version v1, Version v2)
        {
            if (v1 is null) return !(v2 is null);
            return v1.CompareTo(v2) < 0;
        }
        public static bool operator <=(Version v1, Version v2)
        {
            if (v1 is null) return true;
            return v1.CompareTo(v2) <= 0;
        }
        public static bool operator >(Version v1, Version v2) => v2 < v1;
        public static bool operator >=(Version v1, Version v2) => v2 <= v1;
    }
}
