/**
 * The kiosk's icons: SVG shipped with the app (lucide, tree-shaken to the few used here), never emoji.
 * Debian's Chromium has no colour emoji font, and 4 of 6 home tiles and 2 of 3 survey faces came out
 * blank there. Each icon is decorative (aria-hidden by lucide): its button always has words too.
 */
export {
  ALargeSmall,
  Baby,
  Banknote,
  ChevronLeft,
  Clock,
  Contrast,
  Delete,
  FaceGrinning,
  FaceSlightlyFrowning,
  FaceSlightlySmiling,
  FileCheck,
  FileText,
  Files,
  Flower2,
  FolderOpen,
  HeartHandshake,
  House,
  HousePlus,
  Landmark,
  Languages,
  Lock,
  MapPin,
  Phone,
  Printer,
  QrCode,
  ScanLine,
  Search,
  Smartphone,
  Stamp,
  Star,
  Store,
  type LucideIcon,
} from 'lucide-preact';
