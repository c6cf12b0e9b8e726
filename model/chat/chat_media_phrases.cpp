#include "model/chat/chat_media_phrases.h"

// Where the strings come from: WhatsApp's own resources as collected in starkdmi/whats_json
// (lib/src/patterns.dart): Android strings.xml keys export_media_omitted ("<Media omitted>") and
// email_file_attached ("(file attached)"); iOS Localizable.strings keys zQ+5d ("<attached: …>"),
// n*sq0 (image), I4|vp (video), a86Wu (audio), 2K_mB (sticker), ~.KLq (GIF), StaLC (document) and
// Sk+0p (contact card). "<Média vynechány>" and "<Без медиафайлов>" were checked against the real
// Czech and Russian Android exports in its test/data. The Dutch, German, French, Spanish,
// Portuguese and Italian markers were already in use here.

namespace rw {

namespace {

constexpr std::string_view kEnBrackets[] = {"Media omitted"};
constexpr std::string_view kEnAttached[] = {"attached"};
constexpr std::string_view kEnFile[] = {"file attached"};
constexpr std::string_view kEnOmitted[] = {"image omitted",    "video omitted",    "audio omitted",        "sticker omitted",
                                           "GIF omitted", "Contact card omitted"};

constexpr std::string_view kNlBrackets[] = {"Media weggelaten", "Media niet bijgevoegd"};
constexpr std::string_view kNlAttached[] = {"bijgevoegd"};
constexpr std::string_view kNlFile[] = {"bestand bijgevoegd"};
constexpr std::string_view kNlOmitted[] = {"afbeelding weggelaten", "video weggelaten",    "audio weggelaten",
                                           "sticker weggelaten",    "GIF weggelaten",
                                           "Contactkaart weggelaten", "Visitekaartje weggelaten"};

constexpr std::string_view kDeBrackets[] = {"Medien ausgeschlossen", "Medien weggelassen"};
constexpr std::string_view kDeAttached[] = {"angehängt", "Anhang"};
constexpr std::string_view kDeFile[] = {"Datei angehängt"};
constexpr std::string_view kDeOmitted[] = {"Bild weggelassen",    "Video weggelassen",    "Audio weggelassen",
                                           "Sticker weggelassen", "GIF weggelassen",
                                           "Kontaktkarte ausgelassen"};

constexpr std::string_view kFrBrackets[] = {"Médias omis", "Fichier omis"};
constexpr std::string_view kFrAttached[] = {"pièce jointe"};
constexpr std::string_view kFrFile[] = {"fichier joint"};
constexpr std::string_view kFrOmitted[] = {"image absente", "vidéo absente",    "audio omis",
                                           "sticker omis",  "GIF retiré",
                                           "Fiche contact manquante"};

constexpr std::string_view kEsBrackets[] = {"Multimedia omitido", "Archivo omitido"};
constexpr std::string_view kEsAttached[] = {"adjunto"};
constexpr std::string_view kEsFile[] = {"archivo adjunto", "archivo adjuntado"};
constexpr std::string_view kEsOmitted[] = {"imagen omitida",  "video omitido", "Video omitido",       "audio omitido",
                                           "sticker omitido", "GIF omitido", "Tarjeta de contacto omitida"};

constexpr std::string_view kPtBrackets[] = {"Arquivo de mídia oculto", "Mídia oculta", "Mídia omitida", "Ficheiro não revelado"};
constexpr std::string_view kPtAttached[] = {"anexado", "anexo"};
constexpr std::string_view kPtFile[] = {"arquivo anexado", "ficheiro anexado"};
constexpr std::string_view kPtOmitted[] = {"imagem ocultada",       "imagem não revelada", "vídeo ocultado",
                                           "vídeo omitido",         "vídeo não revelado",  "áudio ocultado",
                                           "ficheiro de áudio não revelado", "figurinha omitida", "sticker não revelado",
                                           "GIF não revelada", "Cartão do contato omitido",
                                           "Contacto não revelado"};

constexpr std::string_view kItBrackets[] = {"Media omessi", "Media omesso"};
constexpr std::string_view kItAttached[] = {"allegato"};
constexpr std::string_view kItFile[] = {"file allegato"};
constexpr std::string_view kItOmitted[] = {"immagine omessa",     "video omesso", "audio omesso",     "sticker non incluso",
                                           "GIF esclusa", "Scheda contatto omessa"};

constexpr std::string_view kPlBrackets[] = {"pliki pominięto"};
constexpr std::string_view kPlAttached[] = {"załączono"};
constexpr std::string_view kPlFile[] = {"załączony plik"};
constexpr std::string_view kPlOmitted[] = {"obraz pominięty",  "wideo pominięte",    "audio pominięte",
                                           "pominięto naklejkę", "Plik GIF pominięty",
                                           "Pominięta wizytówka kontaktu"};

constexpr std::string_view kCsBrackets[] = {"Média vynechány", "Média vynechána"};
constexpr std::string_view kCsAttached[] = {"příloha"};
constexpr std::string_view kCsFile[] = {"soubor byl přiložen"};
constexpr std::string_view kCsOmitted[] = {"obrázek vynechán", "video vynecháno", "zvukový soubor vynechán",
                                           "nálepka vynechána", "GIF vynechán",
                                           "Vizitka vynechána"};

constexpr std::string_view kRuBrackets[] = {"Без медиафайлов", "Файл пропущен"};
constexpr std::string_view kRuAttached[] = {"прикреплено"};
constexpr std::string_view kRuFile[] = {"файл добавлен"};
constexpr std::string_view kRuOmitted[] = {"изображение отсутствует", "видео отсутствует", "аудиофайл отсутствует",
                                           "стикер не добавлен",      "GIF отсутствует",
                                           "Карточка контакта отсутствует"};

constexpr std::string_view kUkBrackets[] = {"Медіа пропущено"};
constexpr std::string_view kUkAttached[] = {"додано"};
constexpr std::string_view kUkFile[] = {"файл додано"};
constexpr std::string_view kUkOmitted[] = {"зображення відсутнє",   "відео відсутнє", "аудіо відсутнє",
                                           "Наклейку не додано",    "GIF-анімацію пропущено",
                                           "Картка контакту відсутня"};

constexpr std::string_view kTrBrackets[] = {"Medya atlanmış"};
constexpr std::string_view kTrAttached[] = {"eklendi"};
constexpr std::string_view kTrFile[] = {"dosya ekli"};
constexpr std::string_view kTrOmitted[] = {"görüntü dahil edilmedi", "video dahil edilmedi", "ses dahil edilmedi",
                                           "Çıkartma dahil edilmedi", "GIF dahil edilmedi",
                                           "Kişi kartı dahil edilmedi"};

constexpr std::string_view kIdBrackets[] = {"Media tidak disertakan"};
constexpr std::string_view kIdAttached[] = {"terlampir"};
constexpr std::string_view kIdFile[] = {"file terlampir"};
constexpr std::string_view kIdOmitted[] = {"gambar tidak disertakan", "video tidak disertakan", "audio tidak disertakan",
                                           "stiker tidak disertakan", "GIF tidak disertakan",
                                           "Kartu kontak tidak disertakan"};

constexpr std::string_view kArBrackets[] = {"تم استبعاد الوسائط"};
constexpr std::string_view kArAttached[] = {"المُرفق"};
constexpr std::string_view kArFile[] = {"الملف مرفق"};
constexpr std::string_view kArOmitted[] = {"لم يتم إدراج الصورة",   "لم يتم إدراج الفيديوهات", "لم يتم إدراج المقاطع الصوتية",
                                           "تم حذف الملصقات",       "لم يتم إدراج صورة GIF",
                                           "لم يتم إدراج بطاقة جهة اتصال"};

constexpr std::string_view kHiBrackets[] = {"मीडिया के बिना"};
constexpr std::string_view kHiAttached[] = {"अटैच किया गया"};
constexpr std::string_view kHiFile[] = {"फाइल अटैच कर दी गई है"};
constexpr std::string_view kHiOmitted[] = {"फ़ोटो हटाई गई",  "वीडियो छोड़ा गया", "ऑडियो हटाई गयी",        "स्टिकर छोड़ा गया",
                                           "GIF छोड़ा गया", "कॉन्टैक्ट कार्ड छोड़ा गया"};

constexpr std::string_view kJaBrackets[] = {"メディアは含まれていません"};
constexpr std::string_view kJaAttached[] = {"添付ファイル"};
constexpr std::string_view kJaFile[] = {"添付ファイル有り"};
constexpr std::string_view kJaOmitted[] = {"画像は含まれていません",   "ビデオは含まれていません", "音声は含まれていません",
                                           "スタンプは含まれていません", "GIFは含まれていません",
                                           "連絡先カードを省略"};

constexpr std::string_view kThBrackets[] = {"สื่อถูกลบ"};
constexpr std::string_view kThAttached[] = {"แนบ"};
constexpr std::string_view kThFile[] = {"ไฟล์ที่แนบ"};
constexpr std::string_view kThOmitted[] = {"ไม่มีรูปภาพ", "วิดีโอถูกลบ", "ไม่มีไฟล์เสียง", "ไม่มีสติกเกอร์",
                                           "ละเว้น GIF", "บัตรรายชื่อที่ละเว้น"};

constexpr std::string_view kViBrackets[] = {"Bỏ qua Media"};
constexpr std::string_view kViAttached[] = {"đính kèm"};
constexpr std::string_view kViFile[] = {"tệp đính kèm"};
constexpr std::string_view kViOmitted[] = {"đã bỏ qua hình ảnh", "đã bỏ video",        "bỏ qua tệp âm thanh", "đã bỏ sticker",
                                           "Đã bỏ qua ảnh GIF", "Bỏ qua thẻ liên lạc"};

constexpr std::string_view kZhBrackets[] = {"省略多媒体文件", "忽略多媒體檔"};
constexpr std::string_view kZhAttached[] = {"附件"};
constexpr std::string_view kZhFile[] = {"文件附件", "附件檔案"};
constexpr std::string_view kZhOmitted[] = {"照片已忽略", "圖片已略去", "视频已忽略", "影片已略去",
                                           "音频已忽略", "贴图已省略", "GIF 动态图已被忽略",
                                           "联系人卡片已忽略"};

// The document markers, which may follow the document's name and pages.
constexpr std::string_view kEnDocument[] = {"document omitted"};
constexpr std::string_view kNlDocument[] = {"document weggelaten"};
constexpr std::string_view kDeDocument[] = {"Dokument weggelassen"};
constexpr std::string_view kFrDocument[] = {"document manquant"};
constexpr std::string_view kEsDocument[] = {"documento omitido"};
constexpr std::string_view kPtDocument[] = {"documento não revelado"};
constexpr std::string_view kItDocument[] = {"documento omesso"};
constexpr std::string_view kPlDocument[] = {"dokument pominięty"};
constexpr std::string_view kCsDocument[] = {"dokument vynechán"};
constexpr std::string_view kRuDocument[] = {"документ отсутствует"};
constexpr std::string_view kUkDocument[] = {"документ пропущено"};
constexpr std::string_view kTrDocument[] = {"belge dahil edilmedi"};
constexpr std::string_view kIdDocument[] = {"dokumen tidak disertakan"};
constexpr std::string_view kArDocument[] = {"لم يتم إدراج المستند"};
constexpr std::string_view kHiDocument[] = {"डॉक्यूमेंट छोड़ा गया"};
constexpr std::string_view kJaDocument[] = {"ドキュメントは含まれていません"};
constexpr std::string_view kThDocument[] = {"ละเว้นเอกสาร"};
constexpr std::string_view kViDocument[] = {"đã bỏ qua tài liệu"};
constexpr std::string_view kZhDocument[] = {"文档已省略", "文件已略去"};

constexpr MediaPhrases kTables[] = {
    {"en", kEnBrackets, kEnAttached, kEnFile, kEnOmitted, kEnDocument}, {"nl", kNlBrackets, kNlAttached, kNlFile, kNlOmitted, kNlDocument},
    {"de", kDeBrackets, kDeAttached, kDeFile, kDeOmitted, kDeDocument}, {"fr", kFrBrackets, kFrAttached, kFrFile, kFrOmitted, kFrDocument},
    {"es", kEsBrackets, kEsAttached, kEsFile, kEsOmitted, kEsDocument}, {"pt", kPtBrackets, kPtAttached, kPtFile, kPtOmitted, kPtDocument},
    {"it", kItBrackets, kItAttached, kItFile, kItOmitted, kItDocument}, {"pl", kPlBrackets, kPlAttached, kPlFile, kPlOmitted, kPlDocument},
    {"cs", kCsBrackets, kCsAttached, kCsFile, kCsOmitted, kCsDocument}, {"ru", kRuBrackets, kRuAttached, kRuFile, kRuOmitted, kRuDocument},
    {"uk", kUkBrackets, kUkAttached, kUkFile, kUkOmitted, kUkDocument}, {"tr", kTrBrackets, kTrAttached, kTrFile, kTrOmitted, kTrDocument},
    {"id", kIdBrackets, kIdAttached, kIdFile, kIdOmitted, kIdDocument}, {"ar", kArBrackets, kArAttached, kArFile, kArOmitted, kArDocument},
    {"hi", kHiBrackets, kHiAttached, kHiFile, kHiOmitted, kHiDocument}, {"ja", kJaBrackets, kJaAttached, kJaFile, kJaOmitted, kJaDocument},
    {"th", kThBrackets, kThAttached, kThFile, kThOmitted, kThDocument}, {"vi", kViBrackets, kViAttached, kViFile, kViOmitted, kViDocument},
    {"zh", kZhBrackets, kZhAttached, kZhFile, kZhOmitted, kZhDocument},
};

}  // namespace

std::span<const MediaPhrases> mediaPhraseTables() { return kTables; }

}  // namespace rw
