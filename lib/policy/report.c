/*
 * report - builds the seller's explanation message; see report.h. Never sends or
 * stores anything itself.
 *
 * The fixed texts exist in every marketplace language (report_languages[]); a rule's
 * own reason and hint come from its `reason.LANG` / `hint.LANG` lines (verdict.h,
 * struct hit_l10n), else English. The seller's language is read from their text:
 * scripts first (kana, Hangul, Han, Arabic), then counts of short common words for the
 * Latin-script languages, then the marketplace of the alias the message went to.
 */
#include <errno.h>
#include <stdio.h>
#include <strings.h>
#include <sys/random.h>
#include <unistd.h>

#include "addr.h"
#include "report.h"
#include "report_html.h"
#include "str.h"
#include "utf8.h"

const char *const report_languages[] = {"en", "ja", "zh", "zh-Hant", "ko", "de", "es", "fr",
                                        "it", "id", "nl", "pl",      "sv", "tr", "pt", "ar"};
const size_t report_n_languages = ELEMENTSOF(report_languages);

struct l10n {
	const char *lang;
	const char *s[RT__MAX];
};

/* Keep them short: sellers read these on a phone. English first: the fallback. */
static const struct l10n texts[] = {
        {"en",
         {
                 [RT_FOUND] = "Found:",
                 [RT_WHY] = "Why:",
                 [RT_FIX] = "Fix:",
                 [RT_ACCOUNT] = "Account:",
                 [RT_FILED_IN] = "Filed in:",
                 [RT_SERVER_SAID] = "The mail server said:",
                 [RT_RULESET] = "Ruleset:",
                 [RT_WARNING] = "Warning",
                 [RT_HELD] = "Held",
                 [RT_NOT_ALLOWED] = "Not allowed",
                 [RT_MISSING_TAG] = "Missing [Important] tag",
                 [RT_YOUR_TEXT] = "Your message",
                 [RT_PROBLEMS] = "What to change",
                 [RT_TITLE + REPORT_REJECTED] = "Rejected",
                 [RT_TITLE + REPORT_HELD] = "Held for review",
                 [RT_TITLE + REPORT_WARNED] = "Relayed with warnings",
                 [RT_TITLE + REPORT_MONITOR] = "Relayed (monitor mode: would have been rejected)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "Refused by the mail server",
                 [RT_TITLE + REPORT_EXPIRED] = "Not delivered: mail server kept deferring",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Held: may already have been delivered",
                 [RT_TITLE + REPORT_OVERRIDE] = "Relayed on override",
                 [RT_TITLE + REPORT_DUPLICATE] = "Already relayed: not sent again",
                 [RT_TITLE + REPORT_UNREADABLE] = "Held: the mailbox server would not hand it over",
                 [RT_TITLE + REPORT_LOOP] =
                         "Held: this message already went through aliasgate (a relay loop)",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "aliasgate stopped this message to a buyer because it breaks the "
                         "marketplace's messaging rules. It was NOT sent. Fix what is listed below "
                         "and send it again. If you believe the message is fine, move it to the "
                         "approved folder and it will be sent as it is.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "aliasgate could not fully examine this message, so it was NOT sent and "
                         "waits in the review folder. Simplify it (fewer or smaller parts) and "
                         "send it again, or ask your administrator.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "This message was sent, but parts of it may be questioned by the "
                         "marketplace. Check the items below before you send similar mail.",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "aliasgate runs in monitor mode, so this message WAS sent. In enforce "
                         "mode it would have been stopped for the reasons below.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "The mail server refused this message, so it was NOT delivered. Its "
                         "answer is quoted below.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "The mail server kept answering \"try again later\" for too long, so "
                         "aliasgate stopped retrying. The message was NOT delivered and waits in "
                         "the review folder.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "aliasgate was interrupted while handing this message to the mail server. "
                         "It may or may not have been delivered. It was NOT sent again, because a "
                         "second copy to a buyer is itself a policy breach. Check with the buyer "
                         "or your Sent mail before resending.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "A person moved this message to the approved folder, so it was sent "
                         "without the content rules. This report is the audit record.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "This message appeared again after it had already been sent, so it was "
                         "filed in the review folder and NOT sent a second time. If it was meant "
                         "for another buyer, send it again as a new message.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "aliasgate asked the mailbox server for this message several times and "
                         "the server refused or failed each time (its answer is quoted below), so "
                         "it was NOT sent and was moved to the review folder. It is not attached. "
                         "Ask your administrator to check it.",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "This message carries aliasgate's own stamp: aliasgate relayed it once "
                         "already, and a mail routing rule sent the relayed copy back to the gate "
                         "folder. It was NOT sent again. Ask your administrator to exempt the "
                         "gate's relay from the redirect rule (see the README, Recipe 2).",
         }},
        {"ja",
         {
                 [RT_FOUND] = "該当箇所:",
                 [RT_WHY] = "理由:",
                 [RT_FIX] = "修正方法:",
                 [RT_ACCOUNT] = "アカウント:",
                 [RT_FILED_IN] = "保存先:",
                 [RT_SERVER_SAID] = "メールサーバーの応答:",
                 [RT_RULESET] = "ルールセット:",
                 [RT_WARNING] = "警告",
                 [RT_HELD] = "保留",
                 [RT_NOT_ALLOWED] = "許可されていません",
                 [RT_MISSING_TAG] = "[重要] タグがありません",
                 [RT_YOUR_TEXT] = "あなたのメッセージ",
                 [RT_PROBLEMS] = "修正が必要な点",
                 [RT_TITLE + REPORT_REJECTED] = "送信停止",
                 [RT_TITLE + REPORT_HELD] = "確認のため保留",
                 [RT_TITLE + REPORT_WARNED] = "送信済み（警告あり）",
                 [RT_TITLE + REPORT_MONITOR] = "送信済み（監視モード：本来は停止対象）",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "メールサーバーが拒否しました",
                 [RT_TITLE + REPORT_EXPIRED] = "未配信：メールサーバーが受け付けませんでした",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "保留：配信済みの可能性があります",
                 [RT_TITLE + REPORT_OVERRIDE] = "承認により送信",
                 [RT_TITLE + REPORT_DUPLICATE] = "送信済み：再送していません",
                 [RT_TITLE + REPORT_UNREADABLE] = "保留：メールボックスから取得できませんでした",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "このメッセージはマーケットプレイスのメッセージ規約に違反するため、購入者"
                         "に送信されませんでした。下記の点を修正して再送してください。問題ないと思"
                         "われる場合は、承認フォルダーに移動してください。",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "このメッセージは完全には確認できなかったため送信されず、確認フォルダーで"
                         "保留されています。内容を簡単にして再送するか、管理者にご相談ください。",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "このメッセージは送信されましたが、一部がマーケットプレイスで問題とされる"
                         "可能性があります。下記をご確認ください。",
                 [RT_EXPLAIN + REPORT_MONITOR] = "監視モードのため、このメッセージは送信されました"
                                                 "。通常モードでは下記の理由で停止されます。",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "メールサーバーがこのメッセージを拒否したため、配信されませんでした。サー"
                         "バーの応答は下記のとおりです。",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "メールサーバーが「後で再試行」と応答し続けたため、送信を中止しました。メ"
                         "ッセージは配信されず、確認フォルダーにあります。",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "送信中に中断されたため、このメッセージが配信されたかどうかは不明です。再"
                         "送はしていません。再送する前に購入者にご確認ください。",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "承認フォルダーに移動されたため、このメッセージは内容の確認なしで送信され"
                         "ました。このレポートは記録用です。",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "このメッセージは送信後に再び現れたため、再送しませんでした。別の購入者宛"
                         "ての場合は、新しいメッセージとして送信してください。",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "メールボックスサーバーからこのメッセージを取得できなかったため、送信せず"
                         "に確認フォルダーへ移動しました（添付なし）。管理者にご相談ください。",
                 [RT_TITLE + REPORT_LOOP] =
                         "保留：このメッセージはすでに aliasgate を通過しています（中継ループ）",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "このメッセージには aliasgate 自身のスタンプがあります。aliasgate "
                         "は一度中継済みで、メールの転送ルールが中継したコピーをゲートのフォルダー"
                         "に戻しました。再送はしていません。管理者に、ゲートの中継を転送ルールの対"
                         "象外にするよう依頼してください（README の Recipe 2）。",
         }},
        {"zh",
         {
                 [RT_FOUND] = "问题内容：",
                 [RT_WHY] = "原因：",
                 [RT_FIX] = "修改方法：",
                 [RT_ACCOUNT] = "账户：",
                 [RT_FILED_IN] = "存放位置：",
                 [RT_SERVER_SAID] = "邮件服务器回复：",
                 [RT_RULESET] = "规则集：",
                 [RT_WARNING] = "警告",
                 [RT_HELD] = "已暂扣",
                 [RT_NOT_ALLOWED] = "不允许",
                 [RT_MISSING_TAG] = "缺少 [重要] 标签",
                 [RT_YOUR_TEXT] = "您的邮件",
                 [RT_PROBLEMS] = "需要修改的内容",
                 [RT_TITLE + REPORT_REJECTED] = "已拦截",
                 [RT_TITLE + REPORT_HELD] = "已暂扣待审核",
                 [RT_TITLE + REPORT_WARNED] = "已发送（有警告）",
                 [RT_TITLE + REPORT_MONITOR] = "已发送（监控模式：本应拦截）",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "被邮件服务器拒绝",
                 [RT_TITLE + REPORT_EXPIRED] = "未送达：邮件服务器持续延迟",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "已暂扣：可能已送达",
                 [RT_TITLE + REPORT_OVERRIDE] = "经批准发送",
                 [RT_TITLE + REPORT_DUPLICATE] = "已发送过：未重复发送",
                 [RT_TITLE + REPORT_UNREADABLE] = "已暂扣：邮箱服务器无法提供该邮件",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "此邮件违反了商城的消息规则，未发送给买家。请按下列内容修改后重新发送。如"
                         "您认为没有问题，请将其移到批准文件夹。",
                 [RT_EXPLAIN + REPORT_HELD] = "此邮件无法完整检查，因此未发送，正在审核文件夹中等待"
                                              "。请简化后重新发送，或联系管理员。",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "此邮件已发送，但部分内容可能被商城质疑。请检查下列各项。",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "当前为监控模式，此邮件已发送。在执行模式下，它会因下列原因被拦截。",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "邮件服务器拒绝了此邮件，未能送达。服务器的回复如下。",
                 [RT_EXPLAIN + REPORT_EXPIRED] = "邮件服务器一直回复“稍后再试”，因此已停止发送。邮"
                                                 "件未送达，正在审核文件夹中。",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] = "发送过程中断，此邮件可能已送达，也可能没有。系"
                                                   "统没有重新发送。重新发送前请先与买家确认。",
                 [RT_EXPLAIN + REPORT_OVERRIDE] = "有人将此邮件移到了批准文件夹，因此未经内容规则检"
                                                  "查即已发送。本报告为审计记录。",
                 [RT_EXPLAIN + REPORT_DUPLICATE] = "此邮件在发送后再次出现，因此没有重复发送。如需"
                                                   "发给其他买家，请作为新邮件发送。",
                 [RT_EXPLAIN + REPORT_UNREADABLE] = "邮箱服务器无法提供此邮件，因此未发送，已移至审"
                                                    "核文件夹（未附上原件）。请联系管理员。",
                 [RT_TITLE + REPORT_LOOP] = "已保留：此邮件已经过 aliasgate（转发循环）",
                 [RT_EXPLAIN + REPORT_LOOP] = "此邮件带有 aliasgate 自己的标记：aliasgate "
                                              "已转发过一次，某条邮件路由规则又把转发的副本送回了网"
                                              "关文件夹。此邮件未再次发送。请管理员将网关的转发排除"
                                              "在该重定向规则之外（见 README 的 Recipe 2）。",
         }},
        {"zh-Hant",
         {
                 [RT_FOUND] = "問題內容：",
                 [RT_WHY] = "原因：",
                 [RT_FIX] = "修改方式：",
                 [RT_ACCOUNT] = "帳戶：",
                 [RT_FILED_IN] = "存放位置：",
                 [RT_SERVER_SAID] = "郵件伺服器回覆：",
                 [RT_RULESET] = "規則集：",
                 [RT_WARNING] = "警告",
                 [RT_HELD] = "已暫扣",
                 [RT_NOT_ALLOWED] = "不允許",
                 [RT_MISSING_TAG] = "缺少 [重要] 標籤",
                 [RT_YOUR_TEXT] = "您的郵件",
                 [RT_PROBLEMS] = "需要修改的內容",
                 [RT_TITLE + REPORT_REJECTED] = "已攔截",
                 [RT_TITLE + REPORT_HELD] = "已暫扣待審核",
                 [RT_TITLE + REPORT_WARNED] = "已寄出（有警告）",
                 [RT_TITLE + REPORT_MONITOR] = "已寄出（監控模式：原應攔截）",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "遭郵件伺服器拒絕",
                 [RT_TITLE + REPORT_EXPIRED] = "未送達：郵件伺服器持續延遲",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "已暫扣：可能已送達",
                 [RT_TITLE + REPORT_OVERRIDE] = "經核准寄出",
                 [RT_TITLE + REPORT_DUPLICATE] = "已寄出過：未重複寄送",
                 [RT_TITLE + REPORT_UNREADABLE] = "已暫扣：信箱伺服器無法提供此郵件",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "此郵件違反商城的訊息規則，未寄給買家。請依下列內容修改後重新寄出。如您認"
                         "為沒有問題，請將其移到核准資料夾。",
                 [RT_EXPLAIN + REPORT_HELD] = "此郵件無法完整檢查，因此未寄出，正在審核資料夾中等待"
                                              "。請簡化後重新寄出，或聯絡管理員。",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "此郵件已寄出，但部分內容可能遭商城質疑。請檢查下列各項。",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "目前為監控模式，此郵件已寄出。在執行模式下，它會因下列原因遭攔截。",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "郵件伺服器拒絕了此郵件，未能送達。伺服器的回覆如下。",
                 [RT_EXPLAIN + REPORT_EXPIRED] = "郵件伺服器一直回覆「稍後再試」，因此已停止寄送。"
                                                 "郵件未送達，正在審核資料夾中。",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] = "寄送過程中斷，此郵件可能已送達，也可能沒有。系"
                                                   "統沒有重新寄出。重新寄出前請先與買家確認。",
                 [RT_EXPLAIN + REPORT_OVERRIDE] = "有人將此郵件移到核准資料夾，因此未經內容規則檢查"
                                                  "即已寄出。本報告為稽核紀錄。",
                 [RT_EXPLAIN + REPORT_DUPLICATE] = "此郵件在寄出後再次出現，因此沒有重複寄送。如需"
                                                   "寄給其他買家，請作為新郵件寄出。",
                 [RT_EXPLAIN + REPORT_UNREADABLE] = "信箱伺服器無法提供此郵件，因此未寄出，已移至審"
                                                    "核資料夾（未附上原件）。請聯絡管理員。",
                 [RT_TITLE + REPORT_LOOP] = "已保留：此郵件已經過 aliasgate（轉發迴圈）",
                 [RT_EXPLAIN + REPORT_LOOP] = "此郵件帶有 aliasgate 自己的標記：aliasgate "
                                              "已轉發過一次，某條郵件路由規則又把轉發的副本送回了閘"
                                              "道資料夾。此郵件未再次傳送。請管理員將閘道的轉發排除"
                                              "在該重新導向規則之外（見 README 的 Recipe 2）。",
         }},
        {"ko",
         {
                 [RT_FOUND] = "발견된 내용:",
                 [RT_WHY] = "이유:",
                 [RT_FIX] = "수정 방법:",
                 [RT_ACCOUNT] = "계정:",
                 [RT_FILED_IN] = "보관 위치:",
                 [RT_SERVER_SAID] = "메일 서버 응답:",
                 [RT_RULESET] = "규칙 세트:",
                 [RT_WARNING] = "경고",
                 [RT_HELD] = "보류",
                 [RT_NOT_ALLOWED] = "허용되지 않음",
                 [RT_MISSING_TAG] = "[Important] 태그 없음",
                 [RT_YOUR_TEXT] = "보낸 메시지",
                 [RT_PROBLEMS] = "수정할 내용",
                 [RT_TITLE + REPORT_REJECTED] = "발송 차단",
                 [RT_TITLE + REPORT_HELD] = "검토 대기 중",
                 [RT_TITLE + REPORT_WARNED] = "발송됨(경고 있음)",
                 [RT_TITLE + REPORT_MONITOR] = "발송됨(모니터 모드: 원래 차단 대상)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "메일 서버가 거부함",
                 [RT_TITLE + REPORT_EXPIRED] = "미전달: 메일 서버가 계속 지연함",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "보류: 이미 전달되었을 수 있음",
                 [RT_TITLE + REPORT_OVERRIDE] = "승인으로 발송됨",
                 [RT_TITLE + REPORT_DUPLICATE] = "이미 발송됨: 다시 보내지 않음",
                 [RT_TITLE + REPORT_UNREADABLE] = "보류: 메일함 서버에서 가져올 수 없음",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "이 메시지는 마켓플레이스의 메시지 정책을 위반하여 구매자에게 발송되지 "
                         "않았습니다. 아래 내용을 수정한 후 다시 보내 주세요. 문제가 없다고 "
                         "생각되면 승인 폴더로 옮겨 주세요.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "이 메시지를 완전히 검사할 수 없어 발송하지 않았으며, 검토 폴더에서 대기 "
                         "중입니다. 내용을 단순하게 하여 다시 보내거나 관리자에게 문의하세요.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "이 메시지는 발송되었지만 일부 내용이 마켓플레이스에서 문제가 될 수 "
                         "있습니다. 아래 항목을 확인하세요.",
                 [RT_EXPLAIN + REPORT_MONITOR] = "모니터 모드이므로 이 메시지는 발송되었습니다. "
                                                 "적용 모드에서는 아래 이유로 차단됩니다.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "메일 서버가 이 메시지를 거부하여 전달되지 않았습니다. 서버의 응답은 "
                         "아래와 같습니다.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "메일 서버가 계속 \"나중에 다시 시도\"라고 응답하여 발송을 중단했습니다. "
                         "메시지는 전달되지 않았으며 검토 폴더에 있습니다.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "발송 중 중단되어 이 메시지가 전달되었는지 알 수 없습니다. 다시 보내지 "
                         "않았습니다. 다시 보내기 전에 구매자에게 확인하세요.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "누군가 이 메시지를 승인 폴더로 옮겨 내용 규칙 없이 발송되었습니다. 이 "
                         "보고서는 감사 기록입니다.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "이 메시지는 발송된 후 다시 나타나 두 번 보내지 않았습니다. 다른 "
                         "구매자에게 보내려면 새 메시지로 보내세요.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "메일함 서버에서 이 메시지를 가져올 수 없어 발송하지 않고 검토 폴더로 "
                         "옮겼습니다(첨부되지 않음). 관리자에게 문의하세요.",
                 [RT_TITLE + REPORT_LOOP] =
                         "보류: 이 메시지는 이미 aliasgate를 거쳤습니다(중계 루프)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "이 메시지에는 aliasgate 자체 스탬프가 있습니다. aliasgate가 이미 한 번 "
                         "중계했고, 메일 라우팅 규칙이 중계된 사본을 게이트 폴더로 다시 "
                         "보냈습니다. 다시 보내지 않았습니다. 관리자에게 게이트의 중계를 리디렉션 "
                         "규칙에서 제외해 달라고 요청하세요(README, Recipe 2).",
         }},
        {"de",
         {
                 [RT_FOUND] = "Gefunden:",
                 [RT_WHY] = "Grund:",
                 [RT_FIX] = "Lösung:",
                 [RT_ACCOUNT] = "Konto:",
                 [RT_FILED_IN] = "Abgelegt in:",
                 [RT_SERVER_SAID] = "Antwort des Mailservers:",
                 [RT_RULESET] = "Regelsatz:",
                 [RT_WARNING] = "Warnung",
                 [RT_HELD] = "Zurückgehalten",
                 [RT_NOT_ALLOWED] = "Nicht erlaubt",
                 [RT_MISSING_TAG] = "Kennzeichnung [Important] fehlt",
                 [RT_YOUR_TEXT] = "Ihre Nachricht",
                 [RT_PROBLEMS] = "Was zu ändern ist",
                 [RT_TITLE + REPORT_REJECTED] = "Abgelehnt",
                 [RT_TITLE + REPORT_HELD] = "Zur Prüfung zurückgehalten",
                 [RT_TITLE + REPORT_WARNED] = "Gesendet, mit Warnungen",
                 [RT_TITLE + REPORT_MONITOR] =
                         "Gesendet (Beobachtungsmodus: wäre abgelehnt worden)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "Vom Mailserver abgelehnt",
                 [RT_TITLE + REPORT_EXPIRED] =
                         "Nicht zugestellt: Mailserver hat zu lange vertröstet",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Zurückgehalten: eventuell schon zugestellt",
                 [RT_TITLE + REPORT_OVERRIDE] = "Nach Freigabe gesendet",
                 [RT_TITLE + REPORT_DUPLICATE] = "Bereits gesendet: nicht erneut gesendet",
                 [RT_TITLE + REPORT_UNREADABLE] =
                         "Zurückgehalten: Postfachserver gab die Nachricht nicht heraus",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "Diese Nachricht an einen Käufer wurde NICHT gesendet: Sie verstößt gegen "
                         "die Nachrichtenrichtlinien des Marktplatzes. Korrigieren Sie die unten "
                         "genannten Punkte und senden Sie sie erneut. Ist sie Ihrer Meinung nach "
                         "in Ordnung, verschieben Sie sie in den Freigabeordner.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "Diese Nachricht konnte nicht vollständig geprüft werden. Sie wurde NICHT "
                         "gesendet und wartet im Prüfordner. Vereinfachen Sie sie und senden Sie "
                         "sie erneut, oder fragen Sie Ihren Administrator.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "Diese Nachricht wurde gesendet, aber Teile davon könnten vom Marktplatz "
                         "beanstandet werden. Prüfen Sie die Punkte unten.",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "Beobachtungsmodus: Diese Nachricht WURDE gesendet. Im Normalbetrieb wäre "
                         "sie aus den unten genannten Gründen gestoppt worden.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "Der Mailserver hat diese Nachricht abgelehnt; sie wurde NICHT "
                         "zugestellt. Seine Antwort steht unten.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "Der Mailserver antwortete zu lange „später erneut versuchen“, daher "
                         "wurde das Senden beendet. Die Nachricht wurde NICHT zugestellt und liegt "
                         "im Prüfordner.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "Das Senden wurde unterbrochen: Diese Nachricht wurde vielleicht "
                         "zugestellt, vielleicht nicht. Sie wurde NICHT erneut gesendet. Klären "
                         "Sie das mit dem Käufer, bevor Sie sie erneut senden.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "Jemand hat diese Nachricht in den Freigabeordner verschoben, daher wurde "
                         "sie ohne Inhaltsregeln gesendet. Dieser Bericht dient als Nachweis.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "Diese Nachricht tauchte nach dem Senden erneut auf und wurde NICHT ein "
                         "zweites Mal gesendet. Für einen anderen Käufer senden Sie sie als neue "
                         "Nachricht.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "Der Postfachserver gab diese Nachricht nicht heraus. Sie wurde NICHT "
                         "gesendet und in den Prüfordner verschoben (nicht angehängt). Fragen Sie "
                         "Ihren Administrator.",
                 [RT_TITLE + REPORT_LOOP] = "Zurückgehalten: Diese Nachricht lief schon durch "
                                            "aliasgate (Weiterleitungsschleife)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "Diese Nachricht trägt den Stempel von aliasgate: aliasgate hat sie "
                         "bereits einmal weitergeleitet, und eine Weiterleitungsregel hat die "
                         "Kopie zurück in den Gate-Ordner gelegt. Sie wurde NICHT erneut gesendet. "
                         "Bitten Sie Ihren Administrator, die Weiterleitung des Gates von der "
                         "Regel auszunehmen (README, Recipe 2).",
         }},
        {"es",
         {
                 [RT_FOUND] = "Encontrado:",
                 [RT_WHY] = "Motivo:",
                 [RT_FIX] = "Solución:",
                 [RT_ACCOUNT] = "Cuenta:",
                 [RT_FILED_IN] = "Guardado en:",
                 [RT_SERVER_SAID] = "Respuesta del servidor de correo:",
                 [RT_RULESET] = "Conjunto de reglas:",
                 [RT_WARNING] = "Advertencia",
                 [RT_HELD] = "Retenido",
                 [RT_NOT_ALLOWED] = "No permitido",
                 [RT_MISSING_TAG] = "Falta la etiqueta [Important]",
                 [RT_YOUR_TEXT] = "Su mensaje",
                 [RT_PROBLEMS] = "Qué debe cambiar",
                 [RT_TITLE + REPORT_REJECTED] = "Rechazado",
                 [RT_TITLE + REPORT_HELD] = "Retenido para revisión",
                 [RT_TITLE + REPORT_WARNED] = "Enviado con advertencias",
                 [RT_TITLE + REPORT_MONITOR] = "Enviado (modo de supervisión: se habría rechazado)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "Rechazado por el servidor de correo",
                 [RT_TITLE + REPORT_EXPIRED] =
                         "No entregado: el servidor de correo siguió aplazándolo",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Retenido: puede que ya se haya entregado",
                 [RT_TITLE + REPORT_OVERRIDE] = "Enviado por aprobación manual",
                 [RT_TITLE + REPORT_DUPLICATE] = "Ya enviado: no se ha vuelto a enviar",
                 [RT_TITLE + REPORT_UNREADABLE] = "Retenido: el servidor del buzón no lo entregó",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "Este mensaje a un comprador NO se ha enviado porque incumple las normas "
                         "de mensajería del marketplace. Corrija lo indicado abajo y envíelo de "
                         "nuevo. Si cree que es correcto, muévalo a la carpeta de aprobados.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "Este mensaje no se pudo revisar por completo, así que NO se ha enviado y "
                         "espera en la carpeta de revisión. Simplifíquelo y envíelo de nuevo, o "
                         "consulte a su administrador.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "Este mensaje se ha enviado, pero el marketplace podría cuestionar partes "
                         "de él. Revise los puntos de abajo.",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "Modo de supervisión: este mensaje SÍ se ha enviado. En modo normal se "
                         "habría detenido por los motivos de abajo.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "El servidor de correo rechazó este mensaje; NO se ha entregado. Su "
                         "respuesta aparece abajo.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "El servidor de correo respondió «inténtelo más tarde» durante demasiado "
                         "tiempo, así que se dejó de intentar. El mensaje NO se ha entregado y "
                         "está en la carpeta de revisión.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "El envío se interrumpió: puede que este mensaje se haya entregado o no. "
                         "NO se ha vuelto a enviar. Consulte con el comprador antes de reenviarlo.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "Alguien movió este mensaje a la carpeta de aprobados, así que se envió "
                         "sin las reglas de contenido. Este informe sirve de registro.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "Este mensaje volvió a aparecer después de enviarse, así que NO se ha "
                         "enviado por segunda vez. Para otro comprador, envíelo como mensaje "
                         "nuevo.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "El servidor del buzón no entregó este mensaje, así que NO se ha enviado "
                         "y se ha movido a la carpeta de revisión (no va adjunto). Consulte a su "
                         "administrador.",
                 [RT_TITLE + REPORT_LOOP] =
                         "Retenido: este mensaje ya pasó por aliasgate (bucle de reenvío)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "Este mensaje lleva el sello de aliasgate: aliasgate ya lo reenvió una "
                         "vez y una regla de enrutamiento devolvió la copia a la carpeta de la "
                         "pasarela. NO se ha vuelto a enviar. Pida a su administrador que excluya "
                         "el reenvío de la pasarela de esa regla (README, Recipe 2).",
         }},
        {"fr",
         {
                 [RT_FOUND] = "Trouvé :",
                 [RT_WHY] = "Motif :",
                 [RT_FIX] = "Correction :",
                 [RT_ACCOUNT] = "Compte :",
                 [RT_FILED_IN] = "Classé dans :",
                 [RT_SERVER_SAID] = "Réponse du serveur de messagerie :",
                 [RT_RULESET] = "Jeu de règles :",
                 [RT_WARNING] = "Avertissement",
                 [RT_HELD] = "Retenu",
                 [RT_NOT_ALLOWED] = "Non autorisé",
                 [RT_MISSING_TAG] = "Balise [Important] manquante",
                 [RT_YOUR_TEXT] = "Votre message",
                 [RT_PROBLEMS] = "À corriger",
                 [RT_TITLE + REPORT_REJECTED] = "Refusé",
                 [RT_TITLE + REPORT_HELD] = "Retenu pour vérification",
                 [RT_TITLE + REPORT_WARNED] = "Envoyé avec avertissements",
                 [RT_TITLE + REPORT_MONITOR] = "Envoyé (mode surveillance : aurait été refusé)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "Refusé par le serveur de messagerie",
                 [RT_TITLE + REPORT_EXPIRED] =
                         "Non distribué : le serveur de messagerie a trop reporté",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Retenu : peut-être déjà distribué",
                 [RT_TITLE + REPORT_OVERRIDE] = "Envoyé sur autorisation",
                 [RT_TITLE + REPORT_DUPLICATE] = "Déjà envoyé : pas renvoyé",
                 [RT_TITLE + REPORT_UNREADABLE] =
                         "Retenu : le serveur de la boîte aux lettres ne l'a pas fourni",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "Ce message à un acheteur n'a PAS été envoyé : il enfreint les règles de "
                         "messagerie de la marketplace. Corrigez les points ci-dessous et "
                         "renvoyez-le. Si vous pensez qu'il est conforme, déplacez-le dans le "
                         "dossier des messages approuvés.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "Ce message n'a pas pu être entièrement vérifié : il n'a PAS été envoyé "
                         "et attend dans le dossier de vérification. Simplifiez-le et renvoyez-le, "
                         "ou contactez votre administrateur.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "Ce message a été envoyé, mais la marketplace pourrait contester "
                         "certaines parties. Vérifiez les points ci-dessous.",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "Mode surveillance : ce message A été envoyé. En mode normal, il aurait "
                         "été bloqué pour les raisons ci-dessous.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "Le serveur de messagerie a refusé ce message ; il n'a PAS été distribué. "
                         "Sa réponse figure ci-dessous.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "Le serveur de messagerie a répondu « réessayez plus tard » trop "
                         "longtemps ; l'envoi a été abandonné. Le message n'a PAS été distribué et "
                         "se trouve dans le dossier de vérification.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "L'envoi a été interrompu : ce message a peut-être été distribué, "
                         "peut-être pas. Il n'a PAS été renvoyé. Vérifiez auprès de l'acheteur "
                         "avant de le renvoyer.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "Quelqu'un a déplacé ce message dans le dossier des messages approuvés : "
                         "il a été envoyé sans les règles de contenu. Ce rapport sert de trace.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "Ce message est réapparu après son envoi : il n'a PAS été envoyé une "
                         "seconde fois. Pour un autre acheteur, envoyez-le comme nouveau message.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "Le serveur de la boîte aux lettres n'a pas fourni ce message : il n'a "
                         "PAS été envoyé et a été déplacé dans le dossier de vérification (non "
                         "joint). Contactez votre administrateur.",
                 [RT_TITLE + REPORT_LOOP] =
                         "Retenu : ce message est déjà passé par aliasgate (boucle de relais)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "Ce message porte le tampon d'aliasgate : aliasgate l'a déjà relayé une "
                         "fois et une règle de routage a renvoyé la copie dans le dossier de la "
                         "passerelle. Il n'a PAS été renvoyé. Demandez à votre administrateur "
                         "d'exclure le relais de la passerelle de cette règle (README, Recipe 2).",
         }},
        {"it",
         {
                 [RT_FOUND] = "Trovato:",
                 [RT_WHY] = "Motivo:",
                 [RT_FIX] = "Come correggere:",
                 [RT_ACCOUNT] = "Account:",
                 [RT_FILED_IN] = "Archiviato in:",
                 [RT_SERVER_SAID] = "Risposta del server di posta:",
                 [RT_RULESET] = "Set di regole:",
                 [RT_WARNING] = "Avviso",
                 [RT_HELD] = "Trattenuto",
                 [RT_NOT_ALLOWED] = "Non consentito",
                 [RT_MISSING_TAG] = "Manca il tag [Important]",
                 [RT_YOUR_TEXT] = "Il tuo messaggio",
                 [RT_PROBLEMS] = "Cosa cambiare",
                 [RT_TITLE + REPORT_REJECTED] = "Rifiutato",
                 [RT_TITLE + REPORT_HELD] = "Trattenuto per verifica",
                 [RT_TITLE + REPORT_WARNED] = "Inviato con avvisi",
                 [RT_TITLE + REPORT_MONITOR] =
                         "Inviato (modalità monitoraggio: sarebbe stato rifiutato)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "Rifiutato dal server di posta",
                 [RT_TITLE + REPORT_EXPIRED] =
                         "Non consegnato: il server di posta ha continuato a rinviare",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Trattenuto: potrebbe essere già stato consegnato",
                 [RT_TITLE + REPORT_OVERRIDE] = "Inviato su approvazione",
                 [RT_TITLE + REPORT_DUPLICATE] = "Già inviato: non inviato di nuovo",
                 [RT_TITLE + REPORT_UNREADABLE] =
                         "Trattenuto: il server della casella non l'ha fornito",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "Questo messaggio a un acquirente NON è stato inviato perché viola le "
                         "regole di messaggistica del marketplace. Correggi quanto indicato sotto "
                         "e invialo di nuovo. Se ritieni che sia corretto, spostalo nella cartella "
                         "dei messaggi approvati.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "Non è stato possibile controllare del tutto questo messaggio: NON è "
                         "stato inviato e attende nella cartella di verifica. Semplificalo e "
                         "invialo di nuovo, oppure chiedi all'amministratore.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "Questo messaggio è stato inviato, ma il marketplace potrebbe contestarne "
                         "alcune parti. Controlla i punti sotto.",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "Modalità monitoraggio: questo messaggio È stato inviato. In modalità "
                         "normale sarebbe stato bloccato per i motivi sotto.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "Il server di posta ha rifiutato questo messaggio, che NON è stato "
                         "consegnato. La sua risposta è riportata sotto.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "Il server di posta ha risposto «riprova più tardi» troppo a lungo, "
                         "quindi l'invio è stato interrotto. Il messaggio NON è stato consegnato e "
                         "si trova nella cartella di verifica.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "L'invio è stato interrotto: questo messaggio potrebbe essere stato "
                         "consegnato oppure no. NON è stato inviato di nuovo. Verifica con "
                         "l'acquirente prima di reinviarlo.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "Qualcuno ha spostato questo messaggio nella cartella dei messaggi "
                         "approvati, quindi è stato inviato senza le regole sui contenuti. Questo "
                         "rapporto ne è la traccia.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "Questo messaggio è ricomparso dopo l'invio, quindi NON è stato inviato "
                         "una seconda volta. Per un altro acquirente, invialo come nuovo "
                         "messaggio.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "Il server della casella non ha fornito questo messaggio: NON è stato "
                         "inviato ed è stato spostato nella cartella di verifica (non allegato). "
                         "Chiedi all'amministratore.",
                 [RT_TITLE + REPORT_LOOP] = "Trattenuto: questo messaggio è già passato da "
                                            "aliasgate (ciclo di inoltro)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "Questo messaggio porta il timbro di aliasgate: aliasgate lo ha già "
                         "inoltrato una volta e una regola di instradamento ha rimandato la copia "
                         "nella cartella del gateway. NON è stato inviato di nuovo. Chieda "
                         "all'amministratore di escludere l'inoltro del gateway da quella regola "
                         "(README, Recipe 2).",
         }},
        {"id",
         {
                 [RT_FOUND] = "Ditemukan:",
                 [RT_WHY] = "Alasan:",
                 [RT_FIX] = "Perbaikan:",
                 [RT_ACCOUNT] = "Akun:",
                 [RT_FILED_IN] = "Disimpan di:",
                 [RT_SERVER_SAID] = "Jawaban server email:",
                 [RT_RULESET] = "Set aturan:",
                 [RT_WARNING] = "Peringatan",
                 [RT_HELD] = "Ditahan",
                 [RT_NOT_ALLOWED] = "Tidak diizinkan",
                 [RT_MISSING_TAG] = "Tag [Important] tidak ada",
                 [RT_YOUR_TEXT] = "Pesan Anda",
                 [RT_PROBLEMS] = "Yang perlu diubah",
                 [RT_TITLE + REPORT_REJECTED] = "Ditolak",
                 [RT_TITLE + REPORT_HELD] = "Ditahan untuk ditinjau",
                 [RT_TITLE + REPORT_WARNED] = "Terkirim dengan peringatan",
                 [RT_TITLE + REPORT_MONITOR] = "Terkirim (mode pemantauan: seharusnya ditolak)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "Ditolak oleh server email",
                 [RT_TITLE + REPORT_EXPIRED] = "Tidak terkirim: server email terus menunda",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Ditahan: mungkin sudah terkirim",
                 [RT_TITLE + REPORT_OVERRIDE] = "Terkirim atas persetujuan",
                 [RT_TITLE + REPORT_DUPLICATE] = "Sudah terkirim: tidak dikirim lagi",
                 [RT_TITLE + REPORT_UNREADABLE] = "Ditahan: server kotak surat tidak memberikannya",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "Pesan untuk pembeli ini TIDAK dikirim karena melanggar aturan pesan "
                         "marketplace. Perbaiki hal-hal di bawah lalu kirim ulang. Jika menurut "
                         "Anda pesan ini sudah benar, pindahkan ke folder yang disetujui.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "Pesan ini tidak dapat diperiksa sepenuhnya, jadi TIDAK dikirim dan "
                         "menunggu di folder tinjauan. Sederhanakan lalu kirim ulang, atau "
                         "tanyakan kepada administrator Anda.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "Pesan ini sudah dikirim, tetapi sebagian isinya mungkin dipermasalahkan "
                         "oleh marketplace. Periksa hal-hal di bawah.",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "Mode pemantauan: pesan ini SUDAH dikirim. Dalam mode penegakan, pesan "
                         "ini akan dihentikan karena alasan di bawah.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "Server email menolak pesan ini, jadi pesan TIDAK terkirim. Jawabannya "
                         "ada di bawah.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "Server email terus menjawab \"coba lagi nanti\" terlalu lama, jadi "
                         "pengiriman dihentikan. Pesan TIDAK terkirim dan ada di folder tinjauan.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "Pengiriman terputus: pesan ini mungkin sudah terkirim, mungkin belum. "
                         "Pesan TIDAK dikirim ulang. Tanyakan kepada pembeli sebelum mengirim "
                         "ulang.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "Seseorang memindahkan pesan ini ke folder yang disetujui, jadi pesan "
                         "dikirim tanpa aturan isi. Laporan ini adalah catatan auditnya.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "Pesan ini muncul lagi setelah dikirim, jadi TIDAK dikirim untuk kedua "
                         "kalinya. Untuk pembeli lain, kirim sebagai pesan baru.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "Server kotak surat tidak memberikan pesan ini, jadi pesan TIDAK dikirim "
                         "dan dipindahkan ke folder tinjauan (tidak dilampirkan). Tanyakan kepada "
                         "administrator Anda.",
                 [RT_TITLE + REPORT_LOOP] =
                         "Ditahan: pesan ini sudah melewati aliasgate (putaran penerusan)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "Pesan ini membawa cap aliasgate: aliasgate sudah meneruskannya sekali, "
                         "lalu aturan perutean mengirim salinannya kembali ke folder gateway. "
                         "Pesan TIDAK dikirim ulang. Minta administrator Anda mengecualikan "
                         "penerusan gateway dari aturan itu (README, Recipe 2).",
         }},
        {"nl",
         {
                 [RT_FOUND] = "Gevonden:",
                 [RT_WHY] = "Reden:",
                 [RT_FIX] = "Oplossing:",
                 [RT_ACCOUNT] = "Account:",
                 [RT_FILED_IN] = "Opgeslagen in:",
                 [RT_SERVER_SAID] = "Antwoord van de mailserver:",
                 [RT_RULESET] = "Regelset:",
                 [RT_WARNING] = "Waarschuwing",
                 [RT_HELD] = "Tegengehouden",
                 [RT_NOT_ALLOWED] = "Niet toegestaan",
                 [RT_MISSING_TAG] = "Label [Important] ontbreekt",
                 [RT_YOUR_TEXT] = "Uw bericht",
                 [RT_PROBLEMS] = "Wat u moet aanpassen",
                 [RT_TITLE + REPORT_REJECTED] = "Geweigerd",
                 [RT_TITLE + REPORT_HELD] = "Tegengehouden voor controle",
                 [RT_TITLE + REPORT_WARNED] = "Verzonden met waarschuwingen",
                 [RT_TITLE + REPORT_MONITOR] = "Verzonden (controlemodus: zou geweigerd zijn)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "Geweigerd door de mailserver",
                 [RT_TITLE + REPORT_EXPIRED] = "Niet bezorgd: de mailserver bleef uitstellen",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Tegengehouden: mogelijk al bezorgd",
                 [RT_TITLE + REPORT_OVERRIDE] = "Verzonden na goedkeuring",
                 [RT_TITLE + REPORT_DUPLICATE] = "Al verzonden: niet opnieuw verzonden",
                 [RT_TITLE + REPORT_UNREADABLE] =
                         "Tegengehouden: de mailboxserver gaf het bericht niet vrij",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "Dit bericht aan een koper is NIET verzonden: het overtreedt de "
                         "berichtregels van de marketplace. Pas de punten hieronder aan en "
                         "verstuur het opnieuw. Vindt u het in orde, verplaats het dan naar de map "
                         "voor goedgekeurde berichten.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "Dit bericht kon niet volledig worden gecontroleerd, dus het is NIET "
                         "verzonden en wacht in de controlemap. Maak het eenvoudiger en verstuur "
                         "het opnieuw, of vraag uw beheerder.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "Dit bericht is verzonden, maar de marketplace kan delen ervan afkeuren. "
                         "Controleer de punten hieronder.",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "Controlemodus: dit bericht IS verzonden. In de normale modus was het om "
                         "de redenen hieronder tegengehouden.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "De mailserver heeft dit bericht geweigerd; het is NIET bezorgd. Het "
                         "antwoord staat hieronder.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "De mailserver antwoordde te lang \"probeer het later opnieuw\", dus het "
                         "verzenden is gestopt. Het bericht is NIET bezorgd en staat in de "
                         "controlemap.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "Het verzenden werd onderbroken: dit bericht is misschien wel, misschien "
                         "niet bezorgd. Het is NIET opnieuw verzonden. Vraag het de koper voordat "
                         "u het opnieuw verstuurt.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "Iemand heeft dit bericht naar de map voor goedgekeurde berichten "
                         "verplaatst, dus het is zonder inhoudsregels verzonden. Dit rapport dient "
                         "als vastlegging.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "Dit bericht dook na verzending opnieuw op en is NIET een tweede keer "
                         "verzonden. Voor een andere koper: verstuur het als nieuw bericht.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "De mailboxserver gaf dit bericht niet vrij, dus het is NIET verzonden en "
                         "naar de controlemap verplaatst (niet bijgevoegd). Vraag uw beheerder.",
                 [RT_TITLE + REPORT_LOOP] =
                         "Vastgehouden: dit bericht ging al door aliasgate (doorstuurlus)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "Dit bericht draagt de stempel van aliasgate: aliasgate heeft het al eens "
                         "doorgestuurd en een routeringsregel zette de kopie terug in de gatemap. "
                         "Het is NIET opnieuw verzonden. Vraag uw beheerder de doorsturing van de "
                         "gate van die regel uit te zonderen (README, Recipe 2).",
         }},
        {"pl",
         {
                 [RT_FOUND] = "Znaleziono:",
                 [RT_WHY] = "Powód:",
                 [RT_FIX] = "Jak poprawić:",
                 [RT_ACCOUNT] = "Konto:",
                 [RT_FILED_IN] = "Zapisano w:",
                 [RT_SERVER_SAID] = "Odpowiedź serwera poczty:",
                 [RT_RULESET] = "Zestaw reguł:",
                 [RT_WARNING] = "Ostrzeżenie",
                 [RT_HELD] = "Wstrzymano",
                 [RT_NOT_ALLOWED] = "Niedozwolone",
                 [RT_MISSING_TAG] = "Brak oznaczenia [Important]",
                 [RT_YOUR_TEXT] = "Twoja wiadomość",
                 [RT_PROBLEMS] = "Co zmienić",
                 [RT_TITLE + REPORT_REJECTED] = "Odrzucono",
                 [RT_TITLE + REPORT_HELD] = "Wstrzymano do sprawdzenia",
                 [RT_TITLE + REPORT_WARNED] = "Wysłano z ostrzeżeniami",
                 [RT_TITLE + REPORT_MONITOR] = "Wysłano (tryb monitorowania: zostałaby odrzucona)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "Odrzucono przez serwer poczty",
                 [RT_TITLE + REPORT_EXPIRED] = "Nie dostarczono: serwer poczty ciągle odkładał",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Wstrzymano: mogła już zostać dostarczona",
                 [RT_TITLE + REPORT_OVERRIDE] = "Wysłano po zatwierdzeniu",
                 [RT_TITLE + REPORT_DUPLICATE] = "Już wysłano: nie wysłano ponownie",
                 [RT_TITLE + REPORT_UNREADABLE] =
                         "Wstrzymano: serwer skrzynki nie wydał wiadomości",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "Ta wiadomość do kupującego NIE została wysłana, ponieważ narusza zasady "
                         "wiadomości marketplace. Popraw to, co wymieniono poniżej, i wyślij ją "
                         "ponownie. Jeśli uważasz, że jest w porządku, przenieś ją do folderu "
                         "zatwierdzonych.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "Nie udało się w pełni sprawdzić tej wiadomości, dlatego NIE została "
                         "wysłana i czeka w folderze do sprawdzenia. Uprość ją i wyślij ponownie "
                         "albo zapytaj administratora.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "Ta wiadomość została wysłana, ale marketplace może zakwestionować jej "
                         "część. Sprawdź poniższe punkty.",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "Tryb monitorowania: ta wiadomość ZOSTAŁA wysłana. W trybie egzekwowania "
                         "zostałaby zatrzymana z poniższych powodów.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "Serwer poczty odrzucił tę wiadomość; NIE została dostarczona. Jego "
                         "odpowiedź znajduje się poniżej.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "Serwer poczty zbyt długo odpowiadał „spróbuj później”, więc wysyłanie "
                         "przerwano. Wiadomość NIE została dostarczona i znajduje się w folderze "
                         "do sprawdzenia.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "Wysyłanie zostało przerwane: ta wiadomość mogła zostać dostarczona lub "
                         "nie. NIE wysłano jej ponownie. Zanim wyślesz ją znowu, sprawdź to z "
                         "kupującym.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "Ktoś przeniósł tę wiadomość do folderu zatwierdzonych, więc wysłano ją "
                         "bez reguł treści. Ten raport jest zapisem kontrolnym.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "Ta wiadomość pojawiła się ponownie po wysłaniu, więc NIE wysłano jej "
                         "drugi raz. Do innego kupującego wyślij ją jako nową wiadomość.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "Serwer skrzynki nie wydał tej wiadomości, więc NIE została wysłana i "
                         "przeniesiono ją do folderu do sprawdzenia (nie jest załączona). Zapytaj "
                         "administratora.",
                 [RT_TITLE + REPORT_LOOP] = "Wstrzymano: ta wiadomość już przeszła przez aliasgate "
                                            "(pętla przekazywania)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "Ta wiadomość ma pieczątkę aliasgate: aliasgate już raz ją przekazał, a "
                         "reguła routingu odesłała kopię do folderu bramki. NIE wysłano jej "
                         "ponownie. Poproś administratora o wyłączenie przekazywania bramki z tej "
                         "reguły (README, Recipe 2).",
         }},
        {"sv",
         {
                 [RT_FOUND] = "Hittat:",
                 [RT_WHY] = "Varför:",
                 [RT_FIX] = "Åtgärd:",
                 [RT_ACCOUNT] = "Konto:",
                 [RT_FILED_IN] = "Sparat i:",
                 [RT_SERVER_SAID] = "E-postserverns svar:",
                 [RT_RULESET] = "Regeluppsättning:",
                 [RT_WARNING] = "Varning",
                 [RT_HELD] = "Kvarhållet",
                 [RT_NOT_ALLOWED] = "Inte tillåtet",
                 [RT_MISSING_TAG] = "Taggen [Important] saknas",
                 [RT_YOUR_TEXT] = "Ditt meddelande",
                 [RT_PROBLEMS] = "Det här behöver ändras",
                 [RT_TITLE + REPORT_REJECTED] = "Avvisat",
                 [RT_TITLE + REPORT_HELD] = "Kvarhållet för granskning",
                 [RT_TITLE + REPORT_WARNED] = "Skickat med varningar",
                 [RT_TITLE + REPORT_MONITOR] = "Skickat (övervakningsläge: skulle ha avvisats)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "Avvisat av e-postservern",
                 [RT_TITLE + REPORT_EXPIRED] = "Inte levererat: e-postservern sköt upp för länge",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Kvarhållet: kan redan ha levererats",
                 [RT_TITLE + REPORT_OVERRIDE] = "Skickat efter godkännande",
                 [RT_TITLE + REPORT_DUPLICATE] = "Redan skickat: skickades inte igen",
                 [RT_TITLE + REPORT_UNREADABLE] =
                         "Kvarhållet: brevlådeservern lämnade inte ut meddelandet",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "Meddelandet till en köpare skickades INTE eftersom det bryter mot "
                         "marknadsplatsens regler för meddelanden. Rätta det som anges nedan och "
                         "skicka det igen. Om du anser att det är i sin ordning, flytta det till "
                         "mappen för godkända meddelanden.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "Meddelandet kunde inte granskas helt, så det skickades INTE och väntar i "
                         "granskningsmappen. Förenkla det och skicka igen, eller fråga din "
                         "administratör.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "Meddelandet skickades, men marknadsplatsen kan ifrågasätta delar av det. "
                         "Kontrollera punkterna nedan.",
                 [RT_EXPLAIN + REPORT_MONITOR] = "Övervakningsläge: meddelandet SKICKADES. I "
                                                 "skarpt läge hade det stoppats av skälen nedan.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "E-postservern avvisade meddelandet, så det levererades INTE. Serverns "
                         "svar står nedan.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "E-postservern svarade ”försök igen senare” för länge, så sändningen "
                         "avbröts. Meddelandet levererades INTE och ligger i granskningsmappen.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "Sändningen avbröts: meddelandet kan ha levererats, eller inte. Det "
                         "skickades INTE igen. Kontrollera med köparen innan du skickar det igen.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "Någon flyttade meddelandet till mappen för godkända meddelanden, så det "
                         "skickades utan innehållsreglerna. Den här rapporten är loggen.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "Meddelandet dök upp igen efter att det skickats, så det skickades INTE "
                         "en gång till. Till en annan köpare: skicka det som ett nytt meddelande.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "Brevlådeservern lämnade inte ut meddelandet, så det skickades INTE och "
                         "flyttades till granskningsmappen (bifogas inte). Fråga din "
                         "administratör.",
                 [RT_TITLE + REPORT_LOOP] = "Kvarhållet: meddelandet har redan gått genom "
                                            "aliasgate (vidarebefordringsslinga)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "Meddelandet har aliasgates stämpel: aliasgate har redan vidarebefordrat "
                         "det en gång, och en routningsregel skickade kopian tillbaka till "
                         "gatemappen. Det skickades INTE igen. Be administratören undanta gatens "
                         "vidarebefordran från regeln (README, Recipe 2).",
         }},
        {"tr",
         {
                 [RT_FOUND] = "Bulunan:",
                 [RT_WHY] = "Neden:",
                 [RT_FIX] = "Düzeltme:",
                 [RT_ACCOUNT] = "Hesap:",
                 [RT_FILED_IN] = "Kaydedildiği klasör:",
                 [RT_SERVER_SAID] = "E-posta sunucusunun yanıtı:",
                 [RT_RULESET] = "Kural seti:",
                 [RT_WARNING] = "Uyarı",
                 [RT_HELD] = "Bekletildi",
                 [RT_NOT_ALLOWED] = "İzin verilmiyor",
                 [RT_MISSING_TAG] = "[Important] etiketi eksik",
                 [RT_YOUR_TEXT] = "Mesajınız",
                 [RT_PROBLEMS] = "Değiştirilmesi gerekenler",
                 [RT_TITLE + REPORT_REJECTED] = "Reddedildi",
                 [RT_TITLE + REPORT_HELD] = "İnceleme için bekletildi",
                 [RT_TITLE + REPORT_WARNED] = "Uyarılarla gönderildi",
                 [RT_TITLE + REPORT_MONITOR] = "Gönderildi (izleme modu: reddedilecekti)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "E-posta sunucusu reddetti",
                 [RT_TITLE + REPORT_EXPIRED] = "Teslim edilmedi: e-posta sunucusu sürekli erteledi",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Bekletildi: zaten teslim edilmiş olabilir",
                 [RT_TITLE + REPORT_OVERRIDE] = "Onayla gönderildi",
                 [RT_TITLE + REPORT_DUPLICATE] = "Zaten gönderildi: tekrar gönderilmedi",
                 [RT_TITLE + REPORT_UNREADABLE] =
                         "Bekletildi: posta kutusu sunucusu mesajı vermedi",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "Alıcıya yazdığınız bu mesaj, pazaryerinin mesajlaşma kurallarını ihlal "
                         "ettiği için GÖNDERİLMEDİ. Aşağıdaki noktaları düzeltip yeniden gönderin. "
                         "Mesajın uygun olduğunu düşünüyorsanız onaylananlar klasörüne taşıyın.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "Bu mesaj tam olarak kontrol edilemediği için GÖNDERİLMEDİ ve inceleme "
                         "klasöründe bekliyor. Mesajı sadeleştirip yeniden gönderin veya "
                         "yöneticinize danışın.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "Bu mesaj gönderildi, ancak bazı kısımları pazaryeri tarafından sorun "
                         "olarak görülebilir. Aşağıdaki noktaları kontrol edin.",
                 [RT_EXPLAIN + REPORT_MONITOR] = "İzleme modu: bu mesaj GÖNDERİLDİ. Normal modda "
                                                 "aşağıdaki nedenlerle durdurulurdu.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "E-posta sunucusu bu mesajı reddetti; mesaj TESLİM EDİLMEDİ. Sunucunun "
                         "yanıtı aşağıdadır.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "E-posta sunucusu çok uzun süre \"daha sonra tekrar deneyin\" yanıtı "
                         "verdi, bu yüzden gönderim durduruldu. Mesaj TESLİM EDİLMEDİ ve inceleme "
                         "klasöründe.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "Gönderim yarıda kesildi: bu mesaj teslim edilmiş de olabilir, edilmemiş "
                         "de. Tekrar GÖNDERİLMEDİ. Yeniden göndermeden önce alıcıyla kontrol edin.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "Biri bu mesajı onaylananlar klasörüne taşıdı, bu yüzden içerik kuralları "
                         "uygulanmadan gönderildi. Bu rapor denetim kaydıdır.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "Bu mesaj gönderildikten sonra yeniden göründü, bu yüzden ikinci kez "
                         "GÖNDERİLMEDİ. Başka bir alıcı içinse yeni bir mesaj olarak gönderin.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "Posta kutusu sunucusu bu mesajı vermedi, bu yüzden mesaj GÖNDERİLMEDİ ve "
                         "inceleme klasörüne taşındı (ekli değil). Yöneticinize danışın.",
                 [RT_TITLE + REPORT_LOOP] =
                         "Bekletildi: bu ileti zaten aliasgate'ten geçti (aktarma döngüsü)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "Bu ileti aliasgate'in kendi damgasını taşıyor: aliasgate onu bir kez "
                         "aktardı ve bir yönlendirme kuralı kopyayı ağ geçidi klasörüne geri "
                         "gönderdi. Yeniden GÖNDERİLMEDİ. Yöneticinizden ağ geçidinin aktarımını "
                         "bu kuraldan hariç tutmasını isteyin (README, Recipe 2).",
         }},
        {"pt",
         {
                 [RT_FOUND] = "Encontrado:",
                 [RT_WHY] = "Motivo:",
                 [RT_FIX] = "Como corrigir:",
                 [RT_ACCOUNT] = "Conta:",
                 [RT_FILED_IN] = "Arquivado em:",
                 [RT_SERVER_SAID] = "Resposta do servidor de e-mail:",
                 [RT_RULESET] = "Conjunto de regras:",
                 [RT_WARNING] = "Aviso",
                 [RT_HELD] = "Retida",
                 [RT_NOT_ALLOWED] = "Não permitido",
                 [RT_MISSING_TAG] = "Falta a tag [Important]",
                 [RT_YOUR_TEXT] = "Sua mensagem",
                 [RT_PROBLEMS] = "O que mudar",
                 [RT_TITLE + REPORT_REJECTED] = "Rejeitada",
                 [RT_TITLE + REPORT_HELD] = "Retida para revisão",
                 [RT_TITLE + REPORT_WARNED] = "Enviada com avisos",
                 [RT_TITLE + REPORT_MONITOR] = "Enviada (modo de monitoramento: seria rejeitada)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "Recusada pelo servidor de e-mail",
                 [RT_TITLE + REPORT_EXPIRED] =
                         "Não entregue: o servidor de e-mail continuou adiando",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "Retida: pode já ter sido entregue",
                 [RT_TITLE + REPORT_OVERRIDE] = "Enviada por aprovação manual",
                 [RT_TITLE + REPORT_DUPLICATE] = "Já enviada: não foi enviada de novo",
                 [RT_TITLE + REPORT_UNREADABLE] =
                         "Retida: o servidor da caixa postal não a entregou",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "Esta mensagem para um comprador NÃO foi enviada porque viola as regras "
                         "de mensagens do marketplace. Corrija o que está listado abaixo e envie "
                         "de novo. Se você acha que ela está correta, mova-a para a pasta de "
                         "aprovadas.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "Esta mensagem não pôde ser verificada por completo, então NÃO foi "
                         "enviada e aguarda na pasta de revisão. Simplifique-a e envie de novo, ou "
                         "fale com o administrador.",
                 [RT_EXPLAIN + REPORT_WARNED] =
                         "Esta mensagem foi enviada, mas partes dela podem ser questionadas pelo "
                         "marketplace. Verifique os itens abaixo.",
                 [RT_EXPLAIN + REPORT_MONITOR] =
                         "Modo de monitoramento: esta mensagem FOI enviada. No modo normal, ela "
                         "teria sido bloqueada pelos motivos abaixo.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "O servidor de e-mail recusou esta mensagem; ela NÃO foi entregue. A "
                         "resposta dele está abaixo.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "O servidor de e-mail respondeu \"tente mais tarde\" por tempo demais, "
                         "então o envio foi interrompido. A mensagem NÃO foi entregue e está na "
                         "pasta de revisão.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "O envio foi interrompido: esta mensagem pode ou não ter sido entregue. "
                         "Ela NÃO foi enviada de novo. Confirme com o comprador antes de reenviar.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "Alguém moveu esta mensagem para a pasta de aprovadas, então ela foi "
                         "enviada sem as regras de conteúdo. Este relatório é o registro de "
                         "auditoria.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "Esta mensagem apareceu de novo depois de enviada, então NÃO foi enviada "
                         "uma segunda vez. Para outro comprador, envie-a como nova mensagem.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "O servidor da caixa postal não entregou esta mensagem, então ela NÃO foi "
                         "enviada e foi movida para a pasta de revisão (não anexada). Fale com o "
                         "administrador.",
                 [RT_TITLE + REPORT_LOOP] =
                         "Retida: esta mensagem já passou pelo aliasgate (loop de reenvio)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "Esta mensagem tem o carimbo do aliasgate: o aliasgate já a reenviou uma "
                         "vez e uma regra de roteamento devolveu a cópia à pasta do gateway. Ela "
                         "NÃO foi enviada de novo. Peça ao administrador que exclua o reenvio do "
                         "gateway dessa regra (README, Recipe 2).",
         }},
        {"ar",
         {
                 [RT_FOUND] = "ما وُجد:",
                 [RT_WHY] = "السبب:",
                 [RT_FIX] = "طريقة التصحيح:",
                 [RT_ACCOUNT] = "الحساب:",
                 [RT_FILED_IN] = "حُفظت في:",
                 [RT_SERVER_SAID] = "رد خادم البريد:",
                 [RT_RULESET] = "مجموعة القواعد:",
                 [RT_WARNING] = "تحذير",
                 [RT_HELD] = "محتجزة",
                 [RT_NOT_ALLOWED] = "غير مسموح",
                 [RT_MISSING_TAG] = "وسم [Important] مفقود",
                 [RT_YOUR_TEXT] = "رسالتك",
                 [RT_PROBLEMS] = "ما يجب تغييره",
                 [RT_TITLE + REPORT_REJECTED] = "مرفوضة",
                 [RT_TITLE + REPORT_HELD] = "محتجزة للمراجعة",
                 [RT_TITLE + REPORT_WARNED] = "أُرسلت مع تحذيرات",
                 [RT_TITLE + REPORT_MONITOR] = "أُرسلت (وضع المراقبة: كانت ستُرفض)",
                 [RT_TITLE + REPORT_RELAY_REJECTED] = "رفضها خادم البريد",
                 [RT_TITLE + REPORT_EXPIRED] = "لم تُسلَّم: استمر خادم البريد في التأجيل",
                 [RT_TITLE + REPORT_AMBIGUOUS] = "محتجزة: ربما سُلِّمت بالفعل",
                 [RT_TITLE + REPORT_OVERRIDE] = "أُرسلت بموافقة يدوية",
                 [RT_TITLE + REPORT_DUPLICATE] = "أُرسلت سابقًا: لم تُرسل مرة أخرى",
                 [RT_TITLE + REPORT_UNREADABLE] = "محتجزة: لم يسلّمها خادم صندوق البريد",
                 [RT_EXPLAIN + REPORT_REJECTED] =
                         "لم تُرسل هذه الرسالة إلى المشتري لأنها تخالف قواعد المراسلة في المتجر. "
                         "صحّح ما هو مذكور أدناه ثم أرسلها مرة أخرى. إذا كنت ترى أنها سليمة، "
                         "فانقلها إلى مجلد الرسائل المعتمدة.",
                 [RT_EXPLAIN + REPORT_HELD] =
                         "تعذّر فحص هذه الرسالة بالكامل، لذلك لم تُرسل وهي بانتظار المراجعة في مجلد "
                         "المراجعة. بسّطها وأرسلها مرة أخرى، أو اسأل المسؤول.",
                 [RT_EXPLAIN + REPORT_WARNED] = "أُرسلت هذه الرسالة، لكن قد يعترض المتجر على أجزاء "
                                                "منها. راجع البنود أدناه.",
                 [RT_EXPLAIN + REPORT_MONITOR] = "وضع المراقبة: أُرسلت هذه الرسالة. في الوضع العادي "
                                                 "كانت ستُوقف للأسباب المذكورة أدناه.",
                 [RT_EXPLAIN + REPORT_RELAY_REJECTED] =
                         "رفض خادم البريد هذه الرسالة، لذلك لم تُسلَّم. رده مذكور أدناه.",
                 [RT_EXPLAIN + REPORT_EXPIRED] =
                         "ظل خادم البريد يرد بعبارة \"حاول لاحقًا\" لفترة طويلة، لذلك توقف الإرسال. "
                         "لم تُسلَّم الرسالة وهي في مجلد المراجعة.",
                 [RT_EXPLAIN + REPORT_AMBIGUOUS] =
                         "انقطع الإرسال: ربما سُلِّمت هذه الرسالة وربما لا. لم تُرسل مرة أخرى. تحقّق مع "
                         "المشتري قبل إعادة الإرسال.",
                 [RT_EXPLAIN + REPORT_OVERRIDE] =
                         "نقل أحدهم هذه الرسالة إلى مجلد الرسائل المعتمدة، لذلك أُرسلت دون قواعد "
                         "المحتوى. هذا التقرير هو سجل التدقيق.",
                 [RT_EXPLAIN + REPORT_DUPLICATE] =
                         "ظهرت هذه الرسالة مرة أخرى بعد إرسالها، لذلك لم تُرسل مرة ثانية. إذا كانت "
                         "لمشترٍ آخر، فأرسلها كرسالة جديدة.",
                 [RT_EXPLAIN + REPORT_UNREADABLE] =
                         "لم يسلّم خادم صندوق البريد هذه الرسالة، لذلك لم تُرسل ونُقلت إلى مجلد "
                         "المراجعة (غير مرفقة). اسأل المسؤول.",
                 [RT_TITLE + REPORT_LOOP] =
                         "محتجزة: مرت هذه الرسالة عبر aliasgate من قبل (حلقة ترحيل)",
                 [RT_EXPLAIN + REPORT_LOOP] =
                         "تحمل هذه الرسالة ختم aliasgate: سبق أن رحّلها aliasgate مرة، ثم أعادت "
                         "قاعدة توجيه النسخة إلى مجلد البوابة. لم تُرسل مرة أخرى. اطلب من المسؤول "
                         "استثناء ترحيل البوابة من تلك القاعدة (README، Recipe 2).",
         }},
};

static const struct l10n *l10n_of(const char *lang)
{
	for (size_t i = 0; lang && i < ELEMENTSOF(texts); i++)
		if (streq(texts[i].lang, lang))
			return &texts[i];
	return &texts[0];
}

bool report_has_language(const char *lang)
{
	for (size_t i = 0; lang && i < ELEMENTSOF(texts); i++)
		if (streq(texts[i].lang, lang))
			return true;
	return false;
}

const char *report_text(const char *lang, enum report_text t)
{
	const char *s;

	if ((int) t < 0 || t >= RT__MAX)
		return "";
	s = l10n_of(lang)->s[t];
	return s ? s : texts[0].s[t] ? texts[0].s[t] : "";
}

const char *report_kind_title(enum report_kind k)
{
	return report_text("en", (enum report_text)(RT_TITLE + k));
}

const char *report_hit_title(const struct hit *h, const char *lang)
{
	if (h->action == ACTION_WARN)
		return report_text(lang, RT_WARNING);
	if (h->action == ACTION_HOLD)
		return report_text(lang, RT_HELD);
	return report_text(lang, h->missing ? RT_MISSING_TAG : RT_NOT_ALLOWED);
}

/* ---- Language detection ---- */

/* Short words that are common in one of the Latin-script marketplace languages and
 * rare or absent in the others (a word common in two, like "de", "en", "que", "per",
 * "na", is left out). Lower case. */
static const struct {
	const char *lang;
	const char *words[24];
} stop_words[] = {
        {"en", {"the",  "and",  "you",    "your",  "for",    "with",  "this", "that",
                "have", "will", "please", "thank", "thanks", "order", "we",   "our",
                "are",  "not",  "of",     "to",    "it",     "be"}},
        {"de", {"der",  "die", "das", "und",   "ist",    "nicht", "sie", "ich",
                "wir",  "mit", "für", "bitte", "vielen", "ihre",  "ihr", "auf",
                "eine", "ein", "zu",  "den",   "dem",    "sich",  "dank"}},
        {"es",
         {"el", "los", "las", "y", "muy", "usted", "gracias", "hola", "nuestro", "nuestra", "pero",
          "tiene", "sus", "saludos", "cuando", "pedido", "está"}},
        {"fr", {"les",   "des", "est",     "pour",     "vous", "nous", "avec", "une",
                "votre", "vos", "merci",   "commande", "dans", "sur",  "pas",  "et",
                "au",    "aux", "bonjour", "cette",    "le",   "du"}},
        {"it", {"gli",      "della",  "che",   "sono", "grazie", "ordine", "vostro",
                "vostra",   "suo",    "è",     "nel",  "alla",   "questo", "questa",
                "cordiali", "saluti", "anche", "il",   "non",    "di"}},
        {"nl",
         {"het",        "een", "van",  "ik",  "je",  "uw", "niet",  "met",    "voor", "bedankt",
          "bestelling", "wij", "zijn", "dat", "wat", "op", "graag", "hebben", "kunt", "groet"}},
        {"pl",
         {"w", "nie", "się", "jest", "że", "z", "dziękujemy", "dziękuję", "zamówienie", "pani",
          "państwa", "czy", "oraz", "dla", "już", "przesyłka", "pozdrawiam", "jak"}},
        {"sv",
         {"och", "att", "det", "är", "för", "med", "inte", "din", "ditt", "tack", "beställning",
          "som", "på", "har", "hälsningar", "vänliga", "ert"}},
        {"tr",
         {"ve", "bir", "bu", "için", "ile", "siparişiniz", "teşekkür", "ederiz", "çok", "lütfen",
          "olarak", "sayın", "değil", "ama", "sipariş"}},
        {"pt",
         {"não", "você", "obrigado", "obrigada", "seu", "sua", "é", "os", "uma", "com", "nós",
          "muito", "olá", "em", "ao", "pelo", "pela", "atenciosamente", "mas"}},
        {"id", {"dan",  "yang", "di",     "ini",   "itu",     "untuk", "dengan",
                "anda", "kami", "terima", "kasih", "pesanan", "tidak", "akan",
                "dari", "ada",  "bisa",   "sudah", "mohon",   "kepada"}},
};

/* Traditional and simplified forms of characters common in shop mail, pairwise: a
 * Han-only text with more of the first than the second is zh-Hant. */
static const char trad_chars[] =
        "這們個與會為來說時對國發後請謝訂購貨運單號資間問題聯絡費買賣還給讓價錢網頁麼沒壞換機從轉應"
        "當經過電話郵歡顧條碼數確認實東車門開關長見進產務處現點寶錯誤幫該讀寫";
static const char simp_chars[] =
        "这们个与会为来说时对国发后请谢订购货运单号资间问题联络费买卖还给让价钱网页么没坏换机从转应"
        "当经过电话邮欢顾条码数确认实东车门开关长见进产务处现点宝错误帮该读写";

struct lang_counts {
	size_t kana, hangul, han, arabic, latin, trad, simp;
	size_t words[ELEMENTSOF(stop_words)];
};

static bool in_set(const char *set, const char *c, size_t k)
{
	for (const char *p = set; *p;) {
		uint32_t cp;
		size_t n = utf8_decode(p, strlen(p), &cp);
		if (n == k && memcmp(p, c, k) == 0)
			return true;
		p += n ? n : 1;
	}
	return false;
}

/* lower - the lower case of a Latin letter (ASCII, Latin-1, Latin Extended-A), or 0. */
static uint32_t lower(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if ((c >= 'a' && c <= 'z') || (c >= 0xdf && c <= 0xff && c != 0xf7))
		return c;
	if (c >= 0xc0 && c <= 0xde && c != 0xd7)
		return c + 32;
	if (c == 0x130)
		return 'i';
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177))
		return c | 1;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e))
		return (c & 1) ? c + 1 : c;
	if (c >= 0x138 && c <= 0x17f)
		return c;
	return 0;
}

static void count_word(struct lang_counts *lc, const char *w, size_t n)
{
	for (size_t l = 0; l < ELEMENTSOF(stop_words); l++)
		for (size_t i = 0; i < ELEMENTSOF(stop_words[l].words) && stop_words[l].words[i];
		     i++)
			if (strlen(stop_words[l].words[i]) == n &&
			    memcmp(stop_words[l].words[i], w, n) == 0)
				lc->words[l]++;
}

static void count_text(struct lang_counts *lc, const char *text, size_t len)
{
	char word[32];
	size_t wn = 0;
	bool too_long = false;

	for (size_t i = 0; i <= len;) {
		uint32_t cp = 0, lc_cp = 0;
		size_t k = i < len ? utf8_decode(text + i, len - i, &cp) : 1;

		if (k == 0) {
			k = 1;
			cp = 0xfffd;
		}
		if (i < len)
			lc_cp = lower(cp);
		if (lc_cp) {
			struct buf b = BUF_INIT(0);
			lc->latin++;
			if (!too_long && buf_put_utf8(&b, lc_cp) == 0 &&
			    wn + b.len < sizeof(word)) {
				memcpy(word + wn, b.data, b.len);
				wn += b.len;
			} else {
				too_long = true;
			}
			buf_free(&b);
		} else {
			if (wn && !too_long)
				count_word(lc, word, wn);
			wn = 0;
			too_long = false;
			if ((cp >= 0x3040 && cp <= 0x30ff && cp != 0x30fb && cp != 0x30fc) ||
			    (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xff66 && cp <= 0xff9d))
				lc->kana++;
			else if ((cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) ||
			         (cp >= 0xac00 && cp <= 0xd7af))
				lc->hangul++;
			else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
			         (cp >= 0xf900 && cp <= 0xfaff) ||
			         (cp >= 0x20000 && cp <= 0x2ffff)) {
				lc->han++;
				if (in_set(trad_chars, text + i, k))
					lc->trad++;
				else if (in_set(simp_chars, text + i, k))
					lc->simp++;
			} else if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) ||
			           (cp >= 0x8a0 && cp <= 0x8ff) || (cp >= 0xfb50 && cp <= 0xfdff) ||
			           (cp >= 0xfe70 && cp <= 0xfeff))
				lc->arabic++;
		}
		i += k;
	}
}

static const char *decide(const struct lang_counts *lc, bool big5)
{
	size_t other = lc->kana + lc->hangul + lc->han + lc->arabic;
	size_t best = 0, second = 0;
	const char *lang = NULL;

	/* A character of these scripts says about as much as a short Latin word: they
	 * decide when they make up a quarter of the letters. */
	if (other >= 2 && other * 3 >= lc->latin) {
		if (lc->arabic * 2 > other)
			return "ar";
		if (lc->hangul && lc->hangul >= lc->kana)
			return "ko";
		if (lc->kana >= 2 || (lc->kana && lc->kana * 20 >= lc->han))
			return "ja";
		if (lc->han) {
			if (lc->trad != lc->simp)
				return lc->trad > lc->simp ? "zh-Hant" : "zh";
			return big5 ? "zh-Hant" : "zh";
		}
	}
	for (size_t l = 0; l < ELEMENTSOF(stop_words); l++) {
		if (lc->words[l] > best) {
			second = best;
			best = lc->words[l];
			lang = stop_words[l].lang;
		} else if (lc->words[l] > second) {
			second = lc->words[l];
		}
	}
	return best >= 2 && best > second ? lang : NULL;
}

const char *report_detect_language(const char *text, size_t len, bool big5)
{
	struct lang_counts lc = {0};

	count_text(&lc, text, len);
	return decide(&lc, big5);
}

const char *report_market_language(const char *domain)
{
	static const struct {
		const char *tld, *lang;
	} markets[] = {
	        {"de", "de"}, {"co.jp", "ja"}, {"com.tr", "tr"}, {"com.br", "pt"}, {"se", "sv"},
	        {"pl", "pl"}, {"nl", "nl"},    {"fr", "fr"},     {"it", "it"},     {"es", "es"},
	        {"ae", "ar"}, {"sa", "ar"},    {"eg", "ar"},
	};
	const char *a;

	if (!domain || !addr_host_is_amazon_alias(domain, strlen(domain)))
		return "en";
	a = strstr(domain, "amazon.");
	if (!a)
		return "en";
	a += 7;
	for (size_t i = 0; i < ELEMENTSOF(markets); i++)
		if (strcasecmp(a, markets[i].tld) == 0)
			return markets[i].lang;
	return "en";
}

/* has_big5 - a Big5 charset named anywhere in the raw message (Content-Type). */
static bool has_big5(const char *raw, size_t len)
{
	for (size_t i = 0; raw && i + 4 <= len; i++)
		if (strncasecmp(raw + i, "big5", 4) == 0)
			return true;
	return false;
}

const char *report_language(const struct message *m, const char *raw, size_t raw_len)
{
	struct lang_counts lc = {0};
	const char *lang;

	if (!m)
		return "en";
	for (size_t i = 0; i < m->n_texts[SCOPE_SUBJECT]; i++)
		count_text(&lc, m->texts[SCOPE_SUBJECT][i].orig,
		           m->texts[SCOPE_SUBJECT][i].orig_len);
	for (size_t i = 0; i < m->n_texts[SCOPE_BODY]; i++)
		count_text(&lc, m->texts[SCOPE_BODY][i].orig, m->texts[SCOPE_BODY][i].orig_len);
	lang = decide(&lc, has_big5(raw, raw_len));
	if (lang)
		return lang;
	for (size_t i = 0; i < m->n_recipients; i++) {
		const char *d = addr_domain(m->recipients[i]);
		if (d && addr_host_is_amazon_alias(d, strlen(d)))
			return report_market_language(d);
	}
	return "en";
}

/* ---- Encodings ---- */

/* put_header_value - copies s into a header, replacing anything that could end the
 * header line or confuse a reader (CR, LF, other controls) with a space. */
static int put_header_value(struct buf *out, const char *s, size_t max)
{
	_cleanup_(freep) char *c = xstrndup(s ? s : "", max);
	str_sanitize(c, ' ');
	return buf_puts(out, c);
}

static bool is_ascii(const char *s)
{
	for (; s && *s; s++)
		if ((unsigned char) *s >= 0x80)
			return false;
	return true;
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int put_base64(struct buf *out, const unsigned char *p, size_t n)
{
	int r = 0;

	for (size_t i = 0; i < n && r == 0; i += 3) {
		uint32_t v = (uint32_t) p[i] << 16;
		char q[4];
		if (i + 1 < n)
			v |= (uint32_t) p[i + 1] << 8;
		if (i + 2 < n)
			v |= p[i + 2];
		q[0] = b64[(v >> 18) & 63];
		q[1] = b64[(v >> 12) & 63];
		q[2] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
		q[3] = i + 2 < n ? b64[v & 63] : '=';
		r = buf_append(out, q, 4);
	}
	return r;
}

/* put_base64_body - base64 in lines of 76 characters, CRLF. */
static int put_base64_body(struct buf *out, const char *p, size_t n)
{
	int r = 0;

	for (size_t i = 0; i < n && r == 0; i += 57) {
		r = put_base64(out, (const unsigned char *) p + i, n - i < 57 ? n - i : 57);
		r = r ? r : buf_puts(out, "\r\n");
	}
	return r;
}

/* put_qp_body - quoted-printable (RFC 2045 6.7): LF in text becomes CRLF, lines are
 * at most 76 characters with soft breaks, trailing white space is encoded. */
static int put_qp_body(struct buf *out, const char *p, size_t n)
{
	size_t col = 0;
	int r = 0;

	for (size_t i = 0; i < n && r == 0; i++) {
		unsigned char c = (unsigned char) p[i];
		bool eol = i + 1 == n || p[i + 1] == '\n' || p[i + 1] == '\r';
		char enc[4];
		size_t k;

		if (c == '\r')
			continue;
		if (c == '\n') {
			r = buf_puts(out, "\r\n");
			col = 0;
			continue;
		}
		if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !eol)) {
			enc[0] = (char) c;
			k = 1;
		} else {
			snprintf(enc, sizeof(enc), "=%02X", c);
			k = 3;
		}
		/* A line may hold 75 characters and the soft break's '='. */
		if (col + k > 75) {
			r = buf_puts(out, "=\r\n");
			col = 0;
		}
		r = r ? r : buf_append(out, enc, k);
		col += k;
	}
	if (r == 0 && col)
		r = buf_puts(out, "\r\n");
	return r;
}

/* put_header_text - an unstructured header value (RFC 5322 2.2.1) that already has
 * `used` characters on its line: controls become spaces, invalid UTF-8 U+FFFD; ASCII
 * goes out as it is, anything else as RFC 2047 B-encoded words of whole UTF-8
 * characters (the whole value: an encoded word may not touch other text), folded so
 * no line passes 76 characters. */
static int put_header_text(struct buf *out, size_t used, const char *s, size_t max)
{
	struct buf clean = BUF_INIT(0);
	size_t i = 0;
	int r = 0;

	for (size_t n = 0; s && s[n] && n < max && r == 0;) {
		uint32_t cp;
		size_t k = utf8_decode(s + n, strlen(s + n), &cp);
		if (k == 0) {
			r = buf_puts(&clean, "\xef\xbf\xbd");
			k = 1;
		} else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
			r = buf_putc(&clean, ' ');
		} else {
			r = buf_append(&clean, s + n, k);
		}
		n += k;
	}
	if (r == 0 && is_ascii(clean.data)) {
		r = clean.len ? buf_append(out, clean.data, clean.len) : 0;
		buf_free(&clean);
		return r;
	}
	while (r == 0 && i < clean.len) {
		/* "=?utf-8?B?" + base64 + "?=" is 12 + 4/3 of the bytes: at most 45 bytes (72
		 * characters) per word, fewer when the line has less room. */
		size_t room = used + 12 + 8 <= 76 ? (76 - used - 12) / 4 * 3 : 0, take = 0;
		if (room > 45)
			room = 45;
		if (room < 6) {
			r = buf_puts(out, "\r\n ");
			used = 1;
			continue;
		}
		while (i + take < clean.len) {
			uint32_t cp;
			size_t k = utf8_decode(clean.data + i + take, clean.len - i - take, &cp);
			k = k ? k : 1;
			if (take + k > room)
				break;
			take += k;
		}
		r = buf_puts(out, "=?utf-8?B?");
		r = r ? r : put_base64(out, (const unsigned char *) clean.data + i, take);
		r = r ? r : buf_puts(out, "?=");
		used += 12 + (take + 2) / 3 * 4;
		i += take;
	}
	buf_free(&clean);
	return r;
}

/* ---- The report ---- */

/* put_indented - text after a label, every further line indented by `indent` spaces. */
static int put_indented(struct buf *out, const char *s, unsigned indent)
{
	int r = 0;

	for (; s && *s && r == 0; s++) {
		if (*s == '\r')
			continue;
		r = buf_putc(out, *s);
		if (*s == '\n' && s[1])
			r = r ? r : buf_printf(out, "%*s", (int) indent, "");
	}
	return r ? r : buf_putc(out, '\n');
}

static int format_hits(const struct verdict *v, const char *lang, struct buf *out)
{
	int r = 0;

	for (size_t i = 0; i < v->n_hits && r == 0; i++) {
		const struct hit *h = &v->hits[i];
		const char *reason = hit_reason(h, lang), *hint = hit_hint(h, lang);

		r = buf_printf(out, "%zu. %s (%s, %s, %s)\n", i + 1, report_hit_title(h, lang),
		               h->rule, h->category, h->scope);
		if (r == 0 && h->excerpt && *h->excerpt)
			r = buf_printf(out, "   %s \"%s\"\n", report_text(lang, RT_FOUND),
			               h->excerpt);
		if (r == 0 && reason) {
			r = buf_printf(out, "   %s ", report_text(lang, RT_WHY));
			r = r ? r : put_indented(out, reason, 6);
		}
		if (r == 0 && hint) {
			r = buf_printf(out, "   %s ", report_text(lang, RT_FIX));
			r = r ? r : put_indented(out, hint, 6);
		}
		if (r == 0)
			r = buf_putc(out, '\n');
	}
	if (r == 0 && v->ruleset[0])
		r = buf_printf(out, "%s %s\n", report_text(lang, RT_RULESET), v->ruleset);
	return r;
}

static int plain_body(const struct report_info *info, const struct verdict *v, const char *lang,
                      struct buf *body)
{
	int r = 0;

	r |= buf_printf(body, "%s\n\n",
	                report_text(lang, (enum report_text)(RT_EXPLAIN + info->kind)));
	r |= buf_printf(body, "%s %s\n%s %s\n", report_text(lang, RT_ACCOUNT),
	                info->account ? info->account : "-", report_text(lang, RT_FILED_IN),
	                info->folder ? info->folder : "-");
	if (info->server_reply)
		r |= buf_printf(body, "\n%s\n    %s\n", report_text(lang, RT_SERVER_SAID),
		                info->server_reply);
	if (info->note)
		r |= buf_printf(body, "\n%s\n", info->note);
	if (v && v->n_hits) {
		r |= buf_puts(body, "\n");
		r |= format_hits(v, lang, body);
	} else if (v && v->ruleset[0]) {
		r |= buf_printf(body, "\n%s %s\n", report_text(lang, RT_RULESET), v->ruleset);
	}
	return r;
}

/* put_crlf - appends text with every line ending made CRLF. */
static int put_crlf(struct buf *out, const char *p, size_t len)
{
	int r = 0;

	for (size_t i = 0; i < len && r == 0; i++) {
		if (p[i] == '\r') {
			r = buf_append(out, "\r\n", 2);
			if (i + 1 < len && p[i + 1] == '\n')
				i++;
		} else if (p[i] == '\n') {
			r = buf_append(out, "\r\n", 2);
		} else {
			r = buf_putc(out, p[i]);
		}
	}
	return r;
}

static size_t count_8bit(const char *p, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; p && i < n; i++)
		c += (unsigned char) p[i] >= 0x80;
	return c;
}

int report_build(const struct report_info *info, const struct verdict *v, const char *orig_subject,
                 const char *raw, size_t raw_len, struct buf *out)
{
	_cleanup_(message_freep) struct message *m = NULL;
	struct buf body = BUF_INIT(0), html = BUF_INIT(0), meta = BUF_INIT(0);
	char date[64], host[256] = "localhost";
	const char *lang = info->lang;
	struct tm tm;
	char mixed[80], alt[80];
	unsigned long long rnd[2] = {0, 0};
	int r = 0;

	(void) gethostname(host, sizeof(host) - 1);
	gmtime_r(&info->now, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	/* Random boundaries: the attached original must not be able to end a part. Neither
	 * is a prefix of the other. */
	if (getrandom(rnd, sizeof(rnd), 0) != sizeof(rnd)) {
		rnd[0] = (unsigned long long) info->now * 2654435761u ^ raw_len;
		rnd[1] = rnd[0] * 0x9e3779b97f4a7c15ull + 1;
	}
	snprintf(mixed, sizeof(mixed), "=_aliasgate_mix_%016llx", rnd[0]);
	snprintf(alt, sizeof(alt), "=_aliasgate_alt_%016llx", rnd[1]);

	/* The seller's text, for the highlighted view and the language. */
	if (raw && raw_len)
		(void) message_parse(raw, raw_len, NULL, &m);
	if (!lang || !report_has_language(lang))
		lang = report_language(m, raw, raw_len);

	r |= plain_body(info, v, lang, &body);
	r |= buf_printf(&meta, "%s %s \xc2\xb7 %s %s", report_text(lang, RT_ACCOUNT),
	                info->account ? info->account : "-", report_text(lang, RT_FILED_IN),
	                info->folder ? info->folder : "-");
	if (r == 0) {
		struct report_view rv = {
		        .lang = lang,
		        .title = report_text(lang, (enum report_text)(RT_TITLE + info->kind)),
		        .explanation =
		                report_text(lang, (enum report_text)(RT_EXPLAIN + info->kind)),
		        .meta = meta.data,
		        .server_reply = info->server_reply,
		        .note = info->note,
		        .v = v,
		        .m = m,
		};
		r = report_html(&rv, &html);
	}
	if (r)
		goto fail;

	r |= buf_puts(out, "From: aliasgate <");
	r |= put_header_value(out, info->from ? info->from : "aliasgate@localhost", 256);
	r |= buf_puts(out, ">\r\n");
	if (info->to) {
		r |= buf_puts(out, "To: <");
		r |= put_header_value(out, info->to, 256);
		r |= buf_puts(out, ">\r\n");
	}
	r |= buf_printf(out, "Date: %s\r\n", date);
	r |= buf_printf(out, "Message-ID: <aliasgate.%lx.%lx.%d@%s>\r\n", (unsigned long) info->now,
	                (unsigned long) raw_len, (int) getpid(), host);
	/* The title in the seller's language, then the original subject: ASCII as it was
	 * (RFC 2047 words in it stay encoded and readers decode them), anything else
	 * encoded. Each goes through the sanitizer: no CR, LF or controls. */
	{
		_cleanup_(freep) char *subj = xasprintf(
		        "%s: %s", report_text(lang, (enum report_text)(RT_TITLE + info->kind)),
		        orig_subject && *orig_subject ? orig_subject : "(see attached message)");
		r |= buf_puts(out, "Subject: [aliasgate] ");
		r |= put_header_text(out, 21, subj, 400);
	}
	r |= buf_puts(out, "\r\nAuto-Submitted: auto-generated\r\n");
	r |= buf_printf(out, "Content-Language: %s\r\n", lang);
	r |= buf_puts(out, "X-Aliasgate-Verdict: ");
	r |= put_header_value(out, report_kind_title(info->kind), 80);
	if (v && v->ruleset[0])
		r |= buf_printf(out, "\r\nX-Aliasgate-Ruleset: %s", v->ruleset);
	r |= buf_printf(out,
	                "\r\nMIME-Version: 1.0\r\n"
	                "Content-Type: multipart/mixed;\r\n boundary=\"%s\"\r\n\r\n"
	                "This is a MIME message.\r\n\r\n--%s\r\n"
	                "Content-Type: multipart/alternative;\r\n boundary=\"%s\"\r\n\r\n--%s\r\n"
	                "Content-Type: text/plain; charset=utf-8\r\n",
	                mixed, mixed, alt, alt);
	/* Quoted-printable keeps mostly-Latin text readable in the raw message; text that
	 * is mostly 8-bit (CJK, Arabic) is a third of the size in base64. */
	if (count_8bit(body.data, body.len) * 4 <= body.len) {
		r |= buf_puts(out, "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
		r |= put_qp_body(out, body.data, body.len);
	} else {
		r |= buf_puts(out, "Content-Transfer-Encoding: base64\r\n\r\n");
		r |= put_base64_body(out, body.data, body.len);
	}
	r |= buf_printf(out,
	                "\r\n--%s\r\n"
	                "Content-Type: text/html; charset=utf-8\r\n"
	                "Content-Transfer-Encoding: base64\r\n\r\n",
	                alt);
	r |= put_base64_body(out, html.data, html.len);
	r |= buf_printf(out, "\r\n--%s--\r\n", alt);
	r |= buf_printf(out,
	                "\r\n--%s\r\nContent-Type: message/rfc822\r\n"
	                "Content-Disposition: attachment; filename=\"original.eml\"\r\n",
	                mixed);
	if (count_8bit(raw, raw_len))
		r |= buf_puts(out, "Content-Transfer-Encoding: 8bit\r\n");
	r |= buf_puts(out, "\r\n");
	r |= put_crlf(out, raw, raw_len);
	if (raw_len && raw[raw_len - 1] != '\n')
		r |= buf_puts(out, "\r\n");
	r |= buf_printf(out, "--%s--\r\n", mixed);
fail:
	buf_free(&body);
	buf_free(&html);
	buf_free(&meta);
	return r ? -E2BIG : 0;
}
